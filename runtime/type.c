/* type.c — type objects: type_ready for native types, type_new for classes
 * (C3 MRO, layout, __slots__, metaclasses, __set_name__, __init_subclass__),
 * the slot trampolines that let Python dunders fill C slots, and type's own
 * attributes and slots (call, getattr, setattr, repr, |).
 * Invariant: every slot of a ready type is NULL (no such dunder anywhere in the
 * MRO) or callable; a heap type's slots are recomputed from its MRO whenever a
 * dunder is assigned on it or on a base (type_update_slot). */
#include <string.h>
#include "type.h"
#include "abstract.h"
#include "bytes.h"
#include "errors.h"
#include "names.h"
#include "str.h"
#include "num.h"
#include "containers.h"
#include "func.h"
#include "interp.h"
#include "../src/code.h"

const SlotInfo type_slot_info[SLOT__COUNT] = {
#define SLOT(dunder, field, sig) {SIGK_##sig, offsetof(Type, field)},
#include "slots.def"
#undef SLOT
};

#define KIND_FLAGS (TF_INT | TF_STR | TF_TUPLE | TF_LIST | TF_DICT | TF_EXC | TF_TYPE)

/* ---- lookup and subtyping ---- */

static Value lookup_uncached(Type *t, Value name) {
    Value mro = t->mro;
    if (!mro) {
        for (; t; t = t->base)
            if (t->dict) {
                Value v = dict_get_str(t->dict, name);
                if (v) return v;
            }
        return NIL;
    }
    size_t n = TUPLE_LEN(mro);
    Value *items = TUPLE_ITEMS(mro);
    for (size_t i = 0; i < n; i++) {
        Value d = ((Type *)items[i])->dict;
        if (!d) continue;
        Value v = dict_get_str(d, name);
        if (v) return v;
    }
    return NIL;
}

/* Method cache: (type, name) -> result, including misses.  One global
 * version invalidates every entry whenever any class namespace changes. */
#define MCACHE_BITS 12
typedef struct MCacheEntry { Type *type; Value name; Value value; uint32_t version; } MCacheEntry;
static MCacheEntry mcache[1 << MCACHE_BITS];
static uint32_t mcache_version = 1;

void type_modified(Type *t) {
    (void)t;
    if (++mcache_version == 0) {
        memset(mcache, 0, sizeof mcache);
        mcache_version = 1;
    }
}

Value type_lookup(Type *t, Value name) {
    uintptr_t h = (((uintptr_t)t >> 4) * 31u) ^ ((uintptr_t)name >> 3);
    MCacheEntry *e = &mcache[h & ((1u << MCACHE_BITS) - 1)];
    if (e->type == t && e->name == name && e->version == mcache_version) return e->value;
    Value v = lookup_uncached(t, name);
    if (!IS_SMALL(name) && AS_STR(name)->interned && (t->flags & TF_READY)) {
        e->type = t;
        e->name = name;
        e->value = v;
        e->version = mcache_version;
    }
    return v;
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b || b == &type_object) return true;
    Value mro = a->mro;
    if (!mro) {
        for (; a; a = a->base)
            if (a == b) return true;
        return false;
    }
    size_t n = TUPLE_LEN(mro);
    for (size_t i = 0; i < n; i++)
        if ((Type *)TUPLE_ITEMS(mro)[i] == b) return true;
    return false;
}

Value type_qualified_name(Type *t) {
    Value q = t->qualname ? t->qualname : t->name_str;
    if (!q) q = str_from_cstr(t->name);
    if (!t->module || !str_check(t->module) || strcmp(str_cstr(t->module), "builtins") == 0)
        return q;
    return str_printf("%s.%s", str_cstr(t->module), str_cstr(q));
}

/* ---- calling a dunder found on the type ---- */

/* Call the attribute f found on type(self) as a method of self. */
static Value call_found(Value f, Value self, Value *args, int nargs, Value kwnames) {
    Type *ft = TYPE(f);
    if (ft == &type_function || ft == &type_method_descriptor || ft == &type_wrapper_descriptor) {
        size_t total = (size_t)nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
        Value buf[8];
        Value *a = total + 1 <= 8 ? buf : GC_MALLOC((total + 1) * sizeof(Value));
        a[0] = self;
        if (total) memcpy(a + 1, args, total * sizeof(Value));
        return rt_call(f, a, nargs + 1, kwnames);
    }
    if (ft->get) {
        Value b = ft->get(f, self, OBJ_VAL(TYPE(self)));
        if (!b) return NIL;
        return rt_call(b, args, nargs, kwnames);
    }
    return rt_call(f, args, nargs, kwnames);
}

static Value call_dunder(Value self, int slot, Value *args, int nargs) {
    Value name = rt_names[slot];
    Value f = type_lookup(TYPE(self), name);
    if (!f) return rt_raise(&exc_AttributeError, "'%s' object has no attribute '%s'",
                            type_name(self), str_cstr(name));
    return call_found(f, self, args, nargs, NIL);
}

/* ---- trampolines: one per slot, generated from slots.def ---- */

static Value tr_unary(int slot, Value s) { return call_dunder(s, slot, NULL, 0); }
static Value tr_binary(int slot, Value s, Value a) { return call_dunder(s, slot, &a, 1); }
static Value tr_ternary(int slot, Value s, Value a, Value b) {
    Value args[2] = {a, b};
    return call_dunder(s, slot, args, b == NONE ? 1 : 2);
}
static Value tr_call(int slot, Value s, Value *args, int nargs, Value kwnames) {
    Value f = type_lookup(TYPE(s), rt_names[slot]);
    if (!f) return rt_raise(&exc_TypeError, "'%s' object is not callable", type_name(s));
    return call_found(f, s, args, nargs, kwnames);
}
static Value tr_exit(int slot, Value s, Value a, Value b, Value c) {
    Value args[3] = {a, b, c};
    return call_dunder(s, slot, args, 3);
}
static intptr_t tr_hash(int slot, Value s) {
    Value r = call_dunder(s, slot, NULL, 0);
    if (!r) return -1;
    if (!int_check(r)) {
        rt_raise(&exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    intptr_t h = int_hash(r);
    return h == -1 ? -2 : h;
}
static intptr_t tr_len(int slot, Value s) {
    Value r = call_dunder(s, slot, NULL, 0);
    if (!r) return -1;
    intptr_t n;
    if (!IS_SMALL(r) && !int_check(r)) {
        if (!TYPE(r)->index) {
            rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
            return -1;
        }
    }
    if (int_check(r) && int_sign(r) < 0) {
        rt_raise(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (!rt_index(r, &n)) {
        if (rt_exc_matches(&exc_IndexError)) {
            rt_exc_clear();
            rt_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n < 0) {
        rt_raise(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}
static int tr_inquiry(int slot, Value s) {
    Value r = call_dunder(s, slot, NULL, 0);
    if (!r) return -1;
    if (r == TRUE_V) return 1;
    if (r == FALSE_V) return 0;
    rt_raise(&exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
    return -1;
}
static int tr_setitem(int slot, Value s, Value k, Value v) {
    Value args[2] = {k, v};
    return call_dunder(s, slot, args, 2) ? 0 : -1;
}
static int tr_delitem(int slot, Value s, Value k) {
    return call_dunder(s, slot, &k, 1) ? 0 : -1;
}
static int tr_contains(int slot, Value s, Value x) {
    Value r = call_dunder(s, slot, &x, 1);
    if (!r) return -1;
    return rt_truthy(r);
}

#define TRAMP_unary(f) static Value tramp_##f(Value s) { return tr_unary(SLOTNO_##f, s); }
#define TRAMP_binary(f) static Value tramp_##f(Value s, Value a) { return tr_binary(SLOTNO_##f, s, a); }
#define TRAMP_ternary(f) \
    static Value tramp_##f(Value s, Value a, Value b) { return tr_ternary(SLOTNO_##f, s, a, b); }
#define TRAMP_call(f) \
    static Value tramp_##f(Value s, Value *a, int n, Value k) { return tr_call(SLOTNO_##f, s, a, n, k); }
#define TRAMP_exit(f) \
    static Value tramp_##f(Value s, Value a, Value b, Value c) { return tr_exit(SLOTNO_##f, s, a, b, c); }
#define TRAMP_hash(f) static intptr_t tramp_##f(Value s) { return tr_hash(SLOTNO_##f, s); }
#define TRAMP_len(f) static intptr_t tramp_##f(Value s) { return tr_len(SLOTNO_##f, s); }
#define TRAMP_inquiry(f) static int tramp_##f(Value s) { return tr_inquiry(SLOTNO_##f, s); }
#define TRAMP_setitem(f) \
    static int tramp_##f(Value s, Value k, Value v) { return tr_setitem(SLOTNO_##f, s, k, v); }
#define TRAMP_delitem(f) static int tramp_##f(Value s, Value k) { return tr_delitem(SLOTNO_##f, s, k); }
#define TRAMP_contains(f) \
    static int tramp_##f(Value s, Value x) { return tr_contains(SLOTNO_##f, s, x); }
#define SLOT(dunder, field, sig) TRAMP_##sig(field)
#include "slots.def"
#undef SLOT

/* Slots whose Python protocol needs more than "call the dunder". */

/* __getattribute__ then __getattr__ on AttributeError. */
static Value tramp_getattr_hook(Value s, Value name) {
    Type *t = TYPE(s);
    Value ga = type_lookup(t, NM(__getattribute__));
    Value r;
    if (!ga || (TYPE(ga) == &type_wrapper_descriptor &&
                ((WrapperDescrObj *)ga)->fn == (void *)obj_generic_getattr))
        r = obj_generic_getattr(s, name);
    else
        r = call_found(ga, s, &name, 1, NIL);
    if (r || !rt_exc_matches(&exc_AttributeError)) return r;
    Value gf = type_lookup(t, NM(__getattr__));
    if (!gf) return NIL;
    rt_exc_clear();
    return call_found(gf, s, &name, 1, NIL);
}

/* __new__ is looked up on the class being instantiated, and is a staticmethod. */
static Value tramp_new_hook(Value cls, Value *args, int nargs, Value kwnames) {
    Value f = type_lookup((Type *)cls, NM(__new__));
    if (!f) return rt_raise(&exc_TypeError, "cannot create '%s' instances", ((Type *)cls)->name);
    if (TYPE(f) == &type_staticmethod) f = ((StaticMethodObj *)f)->func;
    else if (TYPE(f)->get) {
        f = TYPE(f)->get(f, NIL, cls);
        if (!f) return NIL;
    }
    size_t total = (size_t)nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
    Value buf[8];
    Value *a = total + 1 <= 8 ? buf : GC_MALLOC((total + 1) * sizeof(Value));
    a[0] = cls;
    if (total) memcpy(a + 1, args, total * sizeof(Value));
    return rt_call(f, a, nargs + 1, kwnames);
}

static Value tramp_init_hook(Value s, Value *args, int nargs, Value kwnames) {
    Value r = tr_call(SLOTNO_init, s, args, nargs, kwnames);
    if (r && r != NONE)
        return rt_raise(&exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
    return r;
}

/* __get__(self, instance, owner): a class-level access passes None. */
static Value tramp_get_hook(Value s, Value obj, Value type) {
    Value args[2] = {obj ? obj : NONE, type ? type : NONE};
    return call_dunder(s, SLOTNO_get, args, 2);
}

/* __next__ raising StopIteration means "exhausted" to C callers. */
static Value tramp_next_hook(Value s) {
    Value r = call_dunder(s, SLOTNO_next, NULL, 0);
    if (!r && rt_exc_matches(&exc_StopIteration)) rt_exc_clear();
    return r;
}

static void *const tramps[SLOT__COUNT] = {
#define SLOT(dunder, field, sig) (void *)tramp_##field,
#include "slots.def"
#undef SLOT
};

static void *tramp_for(int slot) {
    switch (slot) {
    case SLOTNO_getattr: return (void *)tramp_getattr_hook;
    case SLOTNO_new_: return (void *)tramp_new_hook;
    case SLOTNO_init: return (void *)tramp_init_hook;
    case SLOTNO_get: return (void *)tramp_get_hook;
    case SLOTNO_next: return (void *)tramp_next_hook;
    default: return tramps[slot];
    }
}

/* The C function slot `slot` of heap type t should hold, from its MRO. */
static void *compute_slot(Type *t, int slot) {
    if (slot == SLOTNO_getattr) {
        if (type_lookup(t, NM(__getattr__))) return (void *)tramp_getattr_hook;
    }
    Value v = type_lookup(t, rt_names[slot]);
    if (!v || v == NONE) return NULL;
    if (slot == SLOTNO_new_ && is_new_wrapper(v))
        return (void *)((Type *)((NativeFuncObj *)v)->self)->new_;
    if (TYPE(v) == &type_wrapper_descriptor && ((WrapperDescrObj *)v)->slot == slot)
        return ((WrapperDescrObj *)v)->fn;
    return tramp_for(slot);
}

static int slot_of_name(Value name) {
    for (int i = 0; i < SLOT__COUNT; i++)
        if (rt_names[i] == name) return i;
    if (name == NM(__getattr__)) return SLOTNO_getattr;
    return -1;
}

static void update_slot_rec(Type *t, int slot) {
    if (!(t->flags & TF_HEAPTYPE)) return;
    type_slot_set(t, slot, compute_slot(t, slot));
    if (t->subclasses) {
        for (size_t i = 0; i < LIST_LEN(t->subclasses); i++)
            update_slot_rec((Type *)LIST_ITEMS(t->subclasses)[i], slot);
    }
}

void type_update_slot(Type *t, Value name) {
    if (!str_check(name)) return;
    Value in = str_intern_value(name);
    int slot = slot_of_name(in);
    if (slot >= 0) update_slot_rec(t, slot);
}

/* ---- type_ready: native types ---- */

static void add_subclass(Type *base, Type *sub) {
    if (!base->subclasses) base->subclasses = list_new(0);
    list_append(base->subclasses, OBJ_VAL(sub));
}

static Value mro_c3(Type *t, Value bases);

void type_ready(Type *t) {
    if (t->flags & TF_READY) return;
    type_modified(t);
    if (!t->ob.type) t->ob.type = &type_type;
    if (t != &type_object && !t->base) t->base = &type_object;
    Type *base = t->base;
    if (base && !(base->flags & TF_READY)) type_ready(base);
    t->flags |= TF_READY;
    bool adds_dict = t->dict_offset && (!base || !base->dict_offset);
    if (base) {
        t->flags |= base->flags & KIND_FLAGS;
        if (!t->size) t->size = base->size;
        if (!t->dict_offset) t->dict_offset = base->dict_offset;
    }
    const char *dot = strrchr(t->name, '.');
    if (!t->name_str) t->name_str = str_intern(dot ? dot + 1 : t->name);
    if (!t->qualname) t->qualname = t->name_str;
    if (!t->module) t->module = dot ? str_new(t->name, (size_t)(dot - t->name)) : NM(builtins);
    if (!t->bases) t->bases = base ? tuple_pack(1, OBJ_VAL(base)) : rt_empty_tuple;
    if (!t->mro) {
        if (TUPLE_LEN(t->bases) > 1) {
            for (size_t i = 0; i < TUPLE_LEN(t->bases); i++)
                type_ready((Type *)TUPLE_ITEMS(t->bases)[i]);
            t->mro = mro_c3(t, t->bases);
        }
        if (!t->mro) {
            size_t n = base ? TUPLE_LEN(base->mro) : 0;
            Value m = tuple_new(n + 1);
            TUPLE_ITEMS(m)[0] = OBJ_VAL(t);
            for (size_t i = 0; i < n; i++) TUPLE_ITEMS(m)[i + 1] = TUPLE_ITEMS(base->mro)[i];
            t->mro = m;
        }
    }
    if (!t->dict) t->dict = dict_new();
    if (!t->doc) t->doc = NONE;
    for (size_t i = 0; i < TUPLE_LEN(t->bases); i++)
        add_subclass((Type *)TUPLE_ITEMS(t->bases)[i], t);

    /* Native methods and getters (a getter and setter of one name pair up). */
    if (t->methods) {
        for (const MethodDef *m = t->methods; m->name; m++) {
            Value name = str_intern(m->name);
            if (m->flags & (METH_GETTER | METH_SETTER)) {
                Value old = dict_get_str(t->dict, name);
                GetSetObj *g;
                if (old && TYPE(old) == &type_getset_descriptor) {
                    g = (GetSetObj *)old;
                } else {
                    g = (GetSetObj *)getset_new(t, m->name, NULL, NULL);
                    dict_set_str(t->dict, name, OBJ_VAL(g));
                }
                if (m->flags & METH_GETTER) g->get = m->fn;
                else g->set = m->fn;
            } else {
                dict_set_str(t->dict, name, method_descr_new(t, m));
            }
        }
    }
    if (adds_dict && !dict_get_str(t->dict, NM(__dict__)))
        dict_set_str(t->dict, NM(__dict__), getset_new(t, "__dict__", obj_dict_get, obj_dict_set));
    /* Slot wrappers for the slots this type defines itself. */
    for (int s = 0; s < SLOT__COUNT; s++) {
        void *fn = type_slot_get(t, s);
        if (!fn) continue;
        if (base && type_slot_get(base, s) == fn) continue;
        Value name = rt_names[s];
        if (dict_get_str(t->dict, name)) continue;
        if (s == SLOTNO_new_) dict_set_str(t->dict, name, new_wrapper_new(t));
        else dict_set_str(t->dict, name, wrapper_descr_new(t, s, fn));
    }
    /* Inherit the rest.  CPython's rule: __hash__ is inherited only together
     * with __eq__; a type defining __eq__ alone is unhashable. */
    if (base) {
        bool own_eq = t->eq && t->eq != base->eq;
        /* A native type directly under object with neither __new__ nor
         * __init__ cannot be instantiated from Python (CPython's
         * Py_TPFLAGS_DISALLOW_INSTANTIATION): type(len)() is an error. */
        bool no_new = base == &type_object && !t->new_ && !t->init;
        for (int s = 0; s < SLOT__COUNT; s++) {
            if (type_slot_get(t, s)) continue;
            if (s == SLOTNO_hash && own_eq) continue;
            if ((s == SLOTNO_new_ || s == SLOTNO_init) && no_new) continue;
            type_slot_set(t, s, type_slot_get(base, s));
        }
        if (!t->hash && !dict_get_str(t->dict, NM(__hash__)))
            dict_set_str(t->dict, NM(__hash__), NONE);
    }
    if (!dict_get_str(t->dict, NM(__doc__))) dict_set_str(t->dict, NM(__doc__), t->doc);
    type_modified(t);
}

/* ---- C3 linearisation ---- */

static Value mro_c3(Type *t, Value bases) {
    size_t nb = TUPLE_LEN(bases);
    /* seqs: the bases' MROs then the bases list itself, consumed from pos[]. */
    size_t nseq = nb + 1;
    Value *seqs = GC_MALLOC(nseq * sizeof(Value));
    size_t *pos = GC_MALLOC_ATOMIC(nseq * sizeof(size_t));
    size_t total = 1;
    for (size_t i = 0; i < nb; i++) {
        seqs[i] = ((Type *)TUPLE_ITEMS(bases)[i])->mro;
        pos[i] = 0;
        total += TUPLE_LEN(seqs[i]);
    }
    seqs[nb] = bases;
    pos[nb] = 0;
    Value out = list_new(0);
    list_append(out, OBJ_VAL(t));
    for (;;) {
        bool any = false;
        Value cand = NIL;
        for (size_t i = 0; i < nseq; i++) {
            if (pos[i] >= TUPLE_LEN(seqs[i])) continue;
            any = true;
            Value c = TUPLE_ITEMS(seqs[i])[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < TUPLE_LEN(seqs[j]); k++)
                    if (TUPLE_ITEMS(seqs[j])[k] == c) { in_tail = true; break; }
            if (!in_tail) { cand = c; break; }
        }
        if (!any) break;
        if (!cand) {
            StrBuf b;
            sb_init(&b);
            sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            Value seen = list_new(0);
            for (size_t i = 0; i < nseq; i++) {
                if (pos[i] >= TUPLE_LEN(seqs[i])) continue;
                Value c = TUPLE_ITEMS(seqs[i])[pos[i]];
                bool dup = false;
                for (size_t j = 0; j < LIST_LEN(seen); j++)
                    if (LIST_ITEMS(seen)[j] == c) dup = true;
                if (dup) continue;
                sb_adds(&b, LIST_LEN(seen) ? ", " : " ");
                list_append(seen, c);
                sb_adds(&b, str_cstr(((Type *)c)->name_str));
            }
            rt_raise_args(&exc_TypeError, tuple_pack(1, sb_finish(&b)));
            return NIL;
        }
        list_append(out, cand);
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < TUPLE_LEN(seqs[i]) && TUPLE_ITEMS(seqs[i])[pos[i]] == cand) pos[i]++;
    }
    (void)total;
    return list_as_tuple(out);
}

/* ---- type_new: classes ---- */

Type *type_calc_meta(Type *meta, Value bases) {
    Type *winner = meta;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Type *bt = TYPE(TUPLE_ITEMS(bases)[i]);
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) { winner = bt; continue; }
        rt_raise(&exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                 "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static bool adds_only_dict(Type *t) {
    Type *b = t->base;
    return t->dict_offset && !b->dict_offset &&
           (t->dict_offset == DICT_AT_END ? t->size == b->size
                                          : t->size == b->size + sizeof(Value));
}

static Type *solid_base(Type *t) {
    Type *b = t->base ? solid_base(t->base) : t;
    if (t->base && t->size != t->base->size && !adds_only_dict(t)) return t;
    return b;
}

static Value mangle(Value cls_name, Value name) {
    const char *n = str_cstr(name);
    size_t len = str_len(name);
    if (len < 2 || n[0] != '_' || n[1] != '_') return name;
    if (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_') return name;
    const char *c = str_cstr(cls_name);
    while (*c == '_') c++;
    if (!*c) return name;
    return str_intern_value(str_printf("_%s%s", c, n));
}

static bool is_var_sized(Type *b) {
    return type_is_subtype(b, &type_tuple) || type_is_subtype(b, &type_str);
}

/* Whether instances of b already have __weakref__; CPython's variable-size
 * types (int, bytes, tuple, str) cannot add it. */
static bool has_weakref(Type *b) {
    return type_is_subtype(b, &type_int) || type_is_subtype(b, &type_bytes) || is_var_sized(b) ||
           type_lookup(b, str_intern("__weakref__"));
}

/* The __weakref__ getter: asp keeps no weak reference list (weakref.py's refs are strong). */
static Value weakref_get(Value *a, int n, Value k) { return NONE; }

static Value caller_module_name(void) {
    Thread *th = TH();
    if (th && th->frame && th->frame->globals) {
        Value n = dict_get_str(th->frame->globals, NM(__name__));
        if (n) return n;
    }
    return NM(builtins);
}

static bool call_set_names(Type *t) {
    Value items = list_new(0);
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) list_append(items, tuple_pack(2, k, v));
    for (size_t i = 0; i < LIST_LEN(items); i++) {
        Value kv = LIST_ITEMS(items)[i];
        Value val = TUPLE_ITEMS(kv)[1];
        Value f = type_lookup(TYPE(val), NM(__set_name__));
        if (!f) continue;
        Value args[2] = {OBJ_VAL(t), TUPLE_ITEMS(kv)[0]};
        if (!call_found(f, val, args, 2, NIL)) {
            Value cause = rt_exc_fetch();
            Value krepr = rt_repr(TUPLE_ITEMS(kv)[0]);
            if (!krepr) return false;
            rt_raise(&exc_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
                     type_name(val), str_cstr(krepr), str_cstr(t->name_str));
            Value exc = rt_exc_current();
            if (exc && IS_INSTANCE(exc, &exc_BaseException)) {
                ((ExcObj *)exc)->cause = cause;
                ((ExcObj *)exc)->context = cause;
                ((ExcObj *)exc)->suppress_context = true;
            }
            return false;
        }
    }
    return true;
}

static bool call_init_subclass(Type *t, Value kw) {
    /* super(t, t).__init_subclass__(**kw) */
    Value mro = t->mro;
    Value f = NIL;
    for (size_t i = 1; i < TUPLE_LEN(mro) && !f; i++) {
        Value d = ((Type *)TUPLE_ITEMS(mro)[i])->dict;
        if (d) f = dict_get_str(d, NM(__init_subclass__));
    }
    if (!f) return true;
    Value bound;
    if (TYPE(f)->get) {
        bound = TYPE(f)->get(f, NIL, OBJ_VAL(t));
        if (!bound) return false;
    } else {
        bound = f;
    }
    size_t nk = kw ? dict_len(kw) : 0;
    Value *vals = GC_MALLOC((nk + 1) * sizeof(Value));
    Value names = NIL;
    if (nk) {
        names = tuple_new(nk);
        size_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kw, &pos, &k, &v)) {
            TUPLE_ITEMS(names)[i] = k;
            vals[i++] = v;
        }
    }
    return rt_call(bound, vals, 0, names) != NIL;
}

Value type_new(Type *meta, Value name, Value bases, Value ns, Value kw) {
    if (!str_check(name))
        return rt_raise(&exc_TypeError, "type.__new__() argument 1 must be str, not %s", type_name(name));
    if (!tuple_check(bases))
        return rt_raise(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(bases));
    if (!dict_check(ns))
        return rt_raise(&exc_TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(ns));
    Type *winner = type_calc_meta(meta, bases);
    if (!winner) return NIL;
    if (winner != meta && winner->new_ != type_type.new_) {
        Value args[3] = {name, bases, ns};
        size_t nk = kw ? dict_len(kw) : 0;
        Value *a = GC_MALLOC((3 + nk) * sizeof(Value));
        memcpy(a, args, sizeof args);
        Value names = NIL;
        if (nk) {
            names = tuple_new(nk);
            size_t pos = 0, i = 0;
            Value k, v;
            while (dict_next(kw, &pos, &k, &v)) { TUPLE_ITEMS(names)[i] = k; a[3 + i++] = v; }
        }
        return rt_call(OBJ_VAL(winner), a, 3, names);
    }
    meta = winner;
    if (TUPLE_LEN(bases) == 0) bases = tuple_pack(1, OBJ_VAL(&type_object));
    size_t nb = TUPLE_LEN(bases);
    Type *base = NULL, *solid = NULL;
    bool base_has_dict = false;
    for (size_t i = 0; i < nb; i++) {
        Value bv = TUPLE_ITEMS(bases)[i];
        if (!IS_TYPE(bv)) return rt_raise(&exc_TypeError, "bases must be types");
        Type *b = (Type *)bv;
        if (!(b->flags & TF_BASETYPE) && b != &type_object)
            return rt_raise(&exc_TypeError, "type '%s' is not an acceptable base type", b->name);
        for (size_t j = 0; j < i; j++)
            if (TUPLE_ITEMS(bases)[j] == bv)
                return rt_raise(&exc_TypeError, "duplicate base class %s", str_cstr(b->name_str));
        if (b->dict_offset) base_has_dict = true;
        Type *cand = solid_base(b);
        if (!solid) { solid = cand; base = b; }
        else if (type_is_subtype(solid, cand)) {}
        else if (type_is_subtype(cand, solid)) { solid = cand; base = b; }
        else return rt_raise(&exc_TypeError, "multiple bases have instance lay-out conflict");
    }

    Type *t = GC_MALLOC(meta->size > sizeof(Type) ? meta->size : sizeof(Type));
    if (!t) return rt_raise_nomem();
    type_modified(t);
    t->ob.type = meta;
    if (meta->dict_offset && meta->dict_offset != offsetof(Type, dict) && meta->dict_offset != DICT_AT_END)
        *(Value *)((char *)t + meta->dict_offset) = dict_new();
    Value dict = dict_copy(ns);
    t->dict = dict;
    t->base = base;
    t->bases = bases;
    size_t nlen = str_len(name);
    char *cname = GC_MALLOC_ATOMIC(nlen + 1);
    memcpy(cname, str_cstr(name), nlen + 1);
    t->name = cname;
    t->name_str = name;
    t->flags = TF_HEAPTYPE | TF_BASETYPE | TF_READY | (base->flags & KIND_FLAGS);
    for (size_t i = 0; i < nb; i++) t->flags |= ((Type *)TUPLE_ITEMS(bases)[i])->flags & TF_EXC;

    Value mro = mro_c3(t, bases);
    if (!mro) return NIL;
    t->mro = mro;

    Value q = dict_get_str(dict, NM(__qualname__));
    if (q) {
        if (!str_check(q))
            return rt_raise(&exc_TypeError, "type __qualname__ must be a str, not %s", type_name(q));
        t->qualname = q;
        dict_del(dict, NM(__qualname__));
    } else {
        t->qualname = name;
    }
    Value mod = dict_get_str(dict, NM(__module__));
    if (!mod) {
        mod = caller_module_name();
        dict_set_str(dict, NM(__module__), mod);
    }
    t->module = mod;
    Value doc = dict_get_str(dict, NM(__doc__));
    if (!doc) {
        doc = NONE;
        dict_set_str(dict, NM(__doc__), NONE);
    }
    t->doc = doc;

    /* Layout: base instance, then __slots__ members, then maybe a __dict__. */
    size_t size = base->size;
    size_t dict_offset = base->dict_offset;
    Value slots = dict_get_str(dict, NM(__slots__));
    bool want_dict, want_weak = !slots;
    if (slots) {
        Value names;
        if (str_check(slots)) names = tuple_pack(1, slots);
        else {
            names = rt_tuple_from_iter(slots);
            if (!names) return NIL;
        }
        want_dict = false;
        Value seen = list_new(0);
        for (size_t i = 0; i < TUPLE_LEN(names); i++) {
            Value sn = TUPLE_ITEMS(names)[i];
            if (!str_check(sn))
                return rt_raise(&exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(sn));
            if (strcmp(str_cstr(sn), "__dict__") == 0) {
                if (want_dict || base->dict_offset)
                    return rt_raise(&exc_TypeError, "__dict__ slot disallowed: we already got one");
                want_dict = true;
                continue;
            }
            if (strcmp(str_cstr(sn), "__weakref__") == 0) {
                want_weak = true;
                continue;
            }
            Value mn = mangle(name, str_intern_value(sn));
            for (size_t j = 0; j < LIST_LEN(seen); j++)
                if (LIST_ITEMS(seen)[j] == mn)
                    return rt_raise(&exc_TypeError, "__slots__ items must be unique");
            list_append(seen, mn);
            if (dict_get_str(dict, mn))
                return rt_raise(&exc_ValueError, "%s in __slots__ conflicts with class variable",
                                str_cstr(rt_repr(sn)));
        }
        if (LIST_LEN(seen) && is_var_sized(base))
            return rt_raise(&exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            base->name);
        for (size_t j = 0; j < LIST_LEN(seen); j++) {
            dict_set_str(dict, LIST_ITEMS(seen)[j], member_descr_new(t, LIST_ITEMS(seen)[j], size));
            size += sizeof(Value);
        }
        if (base_has_dict && !dict_offset) want_dict = true;
    } else {
        want_dict = true;
    }
    if (want_dict && !dict_offset) {
        if (is_var_sized(base)) dict_offset = DICT_AT_END;
        else {
            dict_offset = size;
            size += sizeof(Value);
        }
    }
    t->size = size;
    t->dict_offset = dict_offset;
    /* The descriptors CPython adds to a class that brings in an instance
     * dict or weak references (asp's weak references need no slot). */
    if (dict_offset && !base->dict_offset && !dict_get_str(dict, NM(__dict__)))
        dict_set_str(dict, NM(__dict__), getset_new(t, "__dict__", obj_dict_get, obj_dict_set));
    Value wr = str_intern("__weakref__");
    if (want_weak && !has_weakref(base) && !dict_get_str(dict, wr))
        dict_set_str(dict, wr, getset_new(t, "__weakref__", weakref_get, NULL));

    /* Implicit conversions CPython applies to some dunders. */
    Value v = dict_get_str(dict, NM(__new__));
    if (v && TYPE(v) == &type_function) dict_set_str(dict, NM(__new__), staticmethod_new(v));
    v = dict_get_str(dict, NM(__init_subclass__));
    if (v && TYPE(v) == &type_function) dict_set_str(dict, NM(__init_subclass__), classmethod_new(v));
    v = dict_get_str(dict, NM(__class_getitem__));
    if (v && TYPE(v) == &type_function) dict_set_str(dict, NM(__class_getitem__), classmethod_new(v));
    if (dict_get_str(dict, NM(__eq__)) && !dict_get_str(dict, NM(__hash__)))
        dict_set_str(dict, NM(__hash__), NONE);

    Value cell = dict_get_str(dict, NM(__classcell__));
    if (cell) {
        if (TYPE(cell) != &type_cell)
            return rt_raise(&exc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                            str_cstr(rt_repr(OBJ_VAL(TYPE(cell)))));
        ((CellObj *)cell)->ref = OBJ_VAL(t);
        dict_del(dict, NM(__classcell__));
    }

    type_modified(t);
    for (int s = 0; s < SLOT__COUNT; s++) type_slot_set(t, s, compute_slot(t, s));
    for (size_t i = 0; i < nb; i++) add_subclass((Type *)TUPLE_ITEMS(bases)[i], t);

    if (!call_set_names(t)) return NIL;
    if (!call_init_subclass(t, kw)) return NIL;
    return OBJ_VAL(t);
}

/* ---- type's slots ---- */

static Value kw_dict(Value *args, int nargs, Value kwnames) {
    if (!kwnames || !TUPLE_LEN(kwnames)) return NIL;
    Value d = dict_new();
    for (size_t i = 0; i < TUPLE_LEN(kwnames); i++)
        dict_set_str(d, TUPLE_ITEMS(kwnames)[i], args[nargs + i]);
    return d;
}

static Value type_new_slot(Value meta, Value *args, int nargs, Value kwnames) {
    if (nargs != 3)
        return rt_raise(&exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
    return type_new((Type *)meta, args[0], args[1], args[2], kw_dict(args, nargs, kwnames));
}

static Value type_init_slot(Value self, Value *args, int nargs, Value kwnames) {
    if (nargs == 1 && kwnames && TUPLE_LEN(kwnames))
        return rt_raise(&exc_TypeError, "type.__init__() takes no keyword arguments");
    if (nargs != 1 && nargs != 3) return rt_raise(&exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return NONE;
}

Value type_call(Value self, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)self;
    if (t == &type_type) {
        if (nargs == 1 && (!kwnames || !TUPLE_LEN(kwnames))) return OBJ_VAL(TYPE(args[0]));
        if (nargs != 3) return rt_raise(&exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_) return rt_raise(&exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(self, args, nargs, kwnames);
    if (!obj) return NIL;
    Type *ot = TYPE(obj);
    if (ot != t && !type_is_subtype(ot, t)) return obj;
    if (ot->init) {
        if (!ot->init(obj, args, nargs, kwnames)) return NIL;
    }
    return obj;
}

static Value type_getattro(Value self, Value name) {
    Type *t = (Type *)self;
    Type *meta = TYPE(self);
    Value ma = type_lookup(meta, name);
    if (ma) {
        Type *mt = TYPE(ma);
        if (mt->get && mt->set) return mt->get(ma, self, OBJ_VAL(meta));
    }
    Value a = type_lookup(t, name);
    if (a) {
        Type *at = TYPE(a);
        if (at->get) return at->get(a, NIL, self);
        return a;
    }
    if (ma) {
        Type *mt = TYPE(ma);
        if (mt->get) return mt->get(ma, self, OBJ_VAL(meta));
        return ma;
    }
    return rt_raise_attribute_error(self, name);
}

static int type_setattro(Value self, Value name, Value value) {
    Type *t = (Type *)self;
    if (!str_check(name)) {
        rt_raise(&exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
        return -1;
    }
    name = str_intern_value(name);
    type_modified(t);
    Value ma = type_lookup(TYPE(self), name);
    if (ma && TYPE(ma)->set) {
        int r;
        if (value == NIL && TYPE(ma)->delete) r = TYPE(ma)->delete(ma, self);
        else r = TYPE(ma)->set(ma, self, value);
        type_modified(t);
        return r;
    }
    if (!(t->flags & TF_HEAPTYPE)) {
        rt_raise(&exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", str_cstr(name),
                 t->name);
        return -1;
    }
    if (value == NIL) {
        int r = dict_del(t->dict, name);
        if (r < 0) return -1;
        if (r == 0) {
            rt_raise(&exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                     str_cstr(name));
            return -1;
        }
    } else {
        dict_set_str(t->dict, name, value);
    }
    type_modified(t);
    const char *s = str_cstr(name);
    size_t n = str_len(name);
    if (n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_')
        type_update_slot(t, name);
    return 0;
}

static int type_delattro(Value self, Value name) { return type_setattro(self, name, NIL); }

static Value type_repr(Value self) {
    Type *t = (Type *)self;
    return str_printf("<class '%s'>", str_cstr(type_qualified_name(t)));
}


/* ---- type's attributes ---- */

static Type *T0(Value *a) { return (Type *)a[0]; }

static Value tg_name(Value *a, int n, Value k) { return T0(a)->name_str; }
static Value ts_name(Value *a, int n, Value k) {
    Type *t = T0(a);
    if (!(t->flags & TF_HEAPTYPE))
        return rt_raise(&exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
    if (!a[1]) return rt_raise(&exc_TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->name);
    if (!str_check(a[1]))
        return rt_raise(&exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                        type_name(a[1]));
    t->name_str = a[1];
    t->name = str_cstr(a[1]);
    return NONE;
}
static Value tg_qualname(Value *a, int n, Value k) { return T0(a)->qualname; }
static Value ts_qualname(Value *a, int n, Value k) {
    Type *t = T0(a);
    if (!(t->flags & TF_HEAPTYPE))
        return rt_raise(&exc_TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
    if (!a[1] || !str_check(a[1]))
        return rt_raise(&exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                        a[1] ? type_name(a[1]) : "NoneType");
    t->qualname = a[1];
    return NONE;
}
static Value tg_module(Value *a, int n, Value k) {
    Type *t = T0(a);
    if (t->flags & TF_HEAPTYPE) {
        Value m = dict_get_str(t->dict, NM(__module__));
        if (m) return m;
        return rt_raise(&exc_AttributeError, "__module__");
    }
    return t->module;
}
static Value ts_module(Value *a, int n, Value k) {
    Type *t = T0(a);
    if (!(t->flags & TF_HEAPTYPE))
        return rt_raise(&exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
    if (a[1]) {
        dict_set_str(t->dict, NM(__module__), a[1]);
        t->module = a[1];
    } else {
        dict_del(t->dict, NM(__module__));
    }
    return NONE;
}
static Value tg_doc(Value *a, int n, Value k) {
    Type *t = T0(a);
    Value d = dict_get_str(t->dict, NM(__doc__));
    if (!d) return t->doc ? t->doc : NONE;
    if (TYPE(d)->get) return TYPE(d)->get(d, NIL, a[0]);
    return d;
}
static Value ts_doc(Value *a, int n, Value k) {
    Type *t = T0(a);
    if (!(t->flags & TF_HEAPTYPE))
        return rt_raise(&exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
    dict_set_str(t->dict, NM(__doc__), a[1] ? a[1] : NONE);
    t->doc = a[1] ? a[1] : NONE;
    return NONE;
}
static Value tg_mro(Value *a, int n, Value k) { return T0(a)->mro; }
static Value tg_bases(Value *a, int n, Value k) { return T0(a)->bases; }
static Value tg_base(Value *a, int n, Value k) {
    return T0(a)->base ? OBJ_VAL(T0(a)->base) : NONE;
}
static Value tg_dict(Value *a, int n, Value k) { return dict_copy(T0(a)->dict); }
static Value tg_abstract(Value *a, int n, Value k) {
    Type *t = T0(a);
    Value v = t != &type_type ? dict_get_str(t->dict, str_intern("__abstractmethods__")) : NIL;
    if (!v) return rt_raise(&exc_AttributeError, "__abstractmethods__");
    return v;
}
static Value ts_abstract(Value *a, int n, Value k) {
    Type *t = T0(a);
    Value nm = str_intern("__abstractmethods__");
    if (!a[1]) {
        if (dict_del(t->dict, nm) <= 0)
            return rt_raise(&exc_AttributeError, "__abstractmethods__");
        t->flags &= ~(uint32_t)TF_ABSTRACT;
        return NONE;
    }
    int truth = rt_truthy(a[1]);
    if (truth < 0) return NIL;
    dict_set_str(t->dict, nm, a[1]);
    if (truth) t->flags |= TF_ABSTRACT;
    else t->flags &= ~(uint32_t)TF_ABSTRACT;
    return NONE;
}

/* C.__annotations__: the class's own, created empty on first use (3.10+);
 * built-in types have none. */
static Value tg_annotations(Value *a, int n, Value k) {
    Type *t = T0(a);
    Value nm = str_intern("__annotations__");
    if (!(t->flags & TF_HEAPTYPE))
        return rt_raise(&exc_AttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
    Value v = dict_get_str(t->dict, nm);
    if (v) return TYPE(v)->get ? TYPE(v)->get(v, NONE, a[0]) : v;
    v = dict_new();
    dict_set_str(t->dict, nm, v);
    return v;
}
static Value ts_annotations(Value *a, int n, Value k) {
    Type *t = T0(a);
    Value nm = str_intern("__annotations__");
    if (!(t->flags & TF_HEAPTYPE))
        return rt_raise(&exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
    if (a[1]) {
        dict_set_str(t->dict, nm, a[1]);
    } else if (dict_del(t->dict, nm) <= 0) {
        return rt_raise(&exc_AttributeError, "__annotations__");
    }
    type_modified(t);
    return NONE;
}
/* Layout numbers: asp's own, under CPython's names (inspect and copyreg read them). */
static Value tg_basicsize(Value *a, int n, Value k) { return int_from_i64((int64_t)T0(a)->size); }
static Value tg_itemsize(Value *a, int n, Value k) {
    return MK_SMALL(is_var_sized(T0(a)) || type_is_subtype(T0(a), &type_int) ? 1 : 0);
}
static Value tg_dictoffset(Value *a, int n, Value k) {
    size_t off = T0(a)->dict_offset;
    return off == DICT_AT_END ? MK_SMALL(-8) : int_from_i64((int64_t)off);
}
static Value tg_weakrefoffset(Value *a, int n, Value k) {
    return MK_SMALL((T0(a)->flags & TF_HEAPTYPE) && !has_weakref(T0(a)->base) ? 8 : 0);
}
/* CPython's Py_TPFLAGS_* bits for what asp's flags know. */
static Value tg_flags(Value *a, int n, Value k) {
    Type *t = T0(a);
    uint64_t f = 1u << 12 | 1u << 14;    /* READY, HAVE_GC */
    if (t->flags & TF_HEAPTYPE) f |= 1u << 9;
    else f |= 1u << 8;                     /* IMMUTABLETYPE */
    if (t->flags & TF_BASETYPE) f |= 1u << 10;
    if (t->flags & TF_ABSTRACT) f |= 1u << 20;
    if (t->flags & TF_INT) f |= 1u << 24;
    if (t->flags & TF_LIST) f |= 1u << 25;
    if (t->flags & TF_TUPLE) f |= 1u << 26;
    if (type_is_subtype(t, &type_bytes)) f |= 1u << 27;
    if (t->flags & TF_STR) f |= 1u << 28;
    if (t->flags & TF_DICT) f |= 1u << 29;
    if (t->flags & TF_EXC) f |= 1u << 30;
    if (t->flags & TF_TYPE) f |= 1u << 31;
    return int_from_i64((int64_t)f);
}
static Value tg_text_signature(Value *a, int n, Value k) { return NONE; }

static Value tm_mro(Value *a, int n, Value k) {
    if (!arg_count("type.mro", n - 1, 0, 0)) return NIL;
    Value m = T0(a)->mro;
    return list_from_array(TUPLE_ITEMS(m), TUPLE_LEN(m));
}
static Value tm_subclasses(Value *a, int n, Value k) {
    if (!arg_count("type.__subclasses__", n - 1, 0, 0)) return NIL;
    Value s = T0(a)->subclasses;
    return s ? list_from_array(LIST_ITEMS(s), LIST_LEN(s)) : list_new(0);
}
static Value tm_instancecheck(Value *a, int n, Value k) {
    if (!arg_count("__instancecheck__", n - 1, 1, 1)) return NIL;
    Value inst = a[1];
    if (IS_INSTANCE(inst, T0(a))) return TRUE_V;
    Value c = rt_getattr_opt(inst, NM(__class__));
    if (!c) {
        if (rt_exc_occurred()) return NIL;
        return FALSE_V;
    }
    return BOOL(IS_TYPE(c) && c != OBJ_VAL(TYPE(inst)) && type_is_subtype((Type *)c, T0(a)));
}
static Value tm_subclasscheck(Value *a, int n, Value k) {
    if (!arg_count("__subclasscheck__", n - 1, 1, 1)) return NIL;
    if (!IS_TYPE(a[1])) return rt_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
    return BOOL(type_is_subtype((Type *)a[1], T0(a)));
}
static Value tm_prepare(Value *a, int n, Value k) { return dict_new(); }
static Value tm_dir(Value *a, int n, Value k) {
    Value d = dict_new();
    Value m = T0(a)->mro;
    for (size_t i = TUPLE_LEN(m); i-- > 0;) {
        Value td = ((Type *)TUPLE_ITEMS(m)[i])->dict;
        size_t pos = 0;
        Value key, val;
        while (dict_next(td, &pos, &key, &val)) dict_set(d, key, NONE);
    }
    Value l = dict_keys_list(d);
    if (!list_sort(l, NIL, false)) return NIL;
    return l;
}

static const MethodDef type_methods[] = {
    {"__name__", tg_name, METH_GETTER, NULL},
    {"__name__", ts_name, METH_SETTER, NULL},
    {"__qualname__", tg_qualname, METH_GETTER, NULL},
    {"__qualname__", ts_qualname, METH_SETTER, NULL},
    {"__module__", tg_module, METH_GETTER, NULL},
    {"__module__", ts_module, METH_SETTER, NULL},
    {"__doc__", tg_doc, METH_GETTER, NULL},
    {"__doc__", ts_doc, METH_SETTER, NULL},
    {"__mro__", tg_mro, METH_GETTER, NULL},
    {"__bases__", tg_bases, METH_GETTER, NULL},
    {"__base__", tg_base, METH_GETTER, NULL},
    {"__dict__", tg_dict, METH_GETTER, NULL},
    {"__abstractmethods__", tg_abstract, METH_GETTER, NULL},
    {"__abstractmethods__", ts_abstract, METH_SETTER, NULL},
    {"__annotations__", tg_annotations, METH_GETTER, NULL},
    {"__annotations__", ts_annotations, METH_SETTER, NULL},
    {"__basicsize__", tg_basicsize, METH_GETTER, NULL},
    {"__itemsize__", tg_itemsize, METH_GETTER, NULL},
    {"__dictoffset__", tg_dictoffset, METH_GETTER, NULL},
    {"__weakrefoffset__", tg_weakrefoffset, METH_GETTER, NULL},
    {"__flags__", tg_flags, METH_GETTER, NULL},
    {"__text_signature__", tg_text_signature, METH_GETTER, NULL},
    {"mro", tm_mro, 0, NULL},
    {"__subclasses__", tm_subclasses, 0, NULL},
    {"__instancecheck__", tm_instancecheck, 0, NULL},
    {"__subclasscheck__", tm_subclasscheck, 0, NULL},
    {"__prepare__", tm_prepare, METH_CLASS, NULL},
    {"__dir__", tm_dir, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Value type_or_slot(Value a, Value b) { return union_or(a, b); }
static Value type_ror_slot(Value a, Value b) { return union_or(b, a); }

Type type_type = {
    .ob = {&type_type}, .name = "type", .size = sizeof(Type), .dict_offset = offsetof(Type, dict),
    .flags = TF_BASETYPE | TF_TYPE, .methods = type_methods, .call = type_call,
    .new_ = type_new_slot, .init = type_init_slot, .getattr = type_getattro,
    .setattr = type_setattro, .delattr = type_delattro, .repr = type_repr,
    .or_ = type_or_slot, .ror_ = type_ror_slot,
};
