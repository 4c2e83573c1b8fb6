/* memview.c — memoryview over bytes and bytearray: one-dimensional views with
 * a native single-character format (B by default; cast() to b c ? H h I i L l
 * Q q n N f d), indexing, slicing (any step), item and slice assignment into a
 * bytearray, tobytes / tolist / hex, release and `with`.
 *
 * Invariant: a view holds its exporter (never another view) and addresses
 * item i at byte off + i * step.  The exporter's data pointer is fetched on
 * every access, since a bytearray may have moved or shrunk (CPython forbids
 * resizing an exported bytearray; asp checks the bounds instead).
 */
#include <stdlib.h>
#include <string.h>
#include "abstract.h"
#include "bytes.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "names.h"
#include "num.h"
#include "str.h"

typedef struct MemViewObj {
    Obj ob;
    Value obj;          /* the exporter: bytes or bytearray (or a subclass) */
    intptr_t off;       /* byte offset of item 0 */
    intptr_t len;       /* number of items */
    intptr_t step;      /* bytes from one item to the next (negative for [::-1]) */
    int itemsize;
    char fmt;
    bool readonly, released;
} MemViewObj;

static inline MemViewObj *MV(Value v) { return (MemViewObj *)v; }

bool memview_check(Value v) { return !IS_SMALL(v) && type_is_subtype(TYPE(v), &type_memoryview); }

static int fmt_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'H': case 'h': return 2;
    case 'I': case 'i': case 'f': return 4;
    case 'L': case 'l': case 'Q': case 'q': case 'n': case 'N': case 'd': return 8;
    }
    return 0;
}

/* The exporter's bytes, checked against the view's extent; NULL + exception
 * if the view was released or the bytearray shrank under it. */
static char *view_data(MemViewObj *m) {
    if (m->released) {
        rt_raise(&exc_ValueError, "operation forbidden on released memoryview object");
        return NULL;
    }
    const char *d;
    size_t n;
    if (!bytes_buffer(m->obj, &d, &n)) {
        rt_raise(&exc_BufferError, "memoryview: underlying object is no longer a buffer");
        return NULL;
    }
    if (m->len > 0) {
        intptr_t first = m->off, last = m->off + (m->len - 1) * m->step;
        intptr_t lo = first < last ? first : last, hi = (first < last ? last : first) + m->itemsize;
        if (lo < 0 || (size_t)hi > n) {
            rt_raise(&exc_BufferError, "memoryview: underlying buffer was resized");
            return NULL;
        }
    }
    return (char *)d;
}

static Value new_view(Type *t, Value obj, intptr_t off, intptr_t len, intptr_t step, char fmt, bool ro) {
    MemViewObj *m = (MemViewObj *)obj_alloc(t);
    if (!m) return NIL;
    m->obj = obj;
    m->off = off;
    m->len = len;
    m->step = step;
    m->fmt = fmt;
    m->itemsize = fmt_size(fmt);
    m->readonly = ro;
    return OBJ_VAL(m);
}

static Value mv_new_slot(Value type, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"object"};
    Value out[1] = {NIL};
    if (nargs > 1) return rt_raise(&exc_TypeError, "memoryview() takes at most 1 argument (%d given)", nargs);
    if (!arg_kw("memoryview", args, nargs, kw, names, out, 1)) return NIL;
    if (nargs) out[0] = args[0];
    if (!out[0]) return rt_raise(&exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    Value o = out[0];
    if (memview_check(o)) {
        MemViewObj *src = MV(o);
        if (!view_data(src)) return NIL;
        return new_view((Type *)type, src->obj, src->off, src->len, src->step, src->fmt, src->readonly);
    }
    const char *d;
    size_t n;
    if (!bytes_buffer(o, &d, &n))
        return rt_raise(&exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(o));
    return new_view((Type *)type, o, 0, (intptr_t)n, 1, 'B', bytes_check(o));
}

/* ---- items ---- */

static Value unpack_item(const char *p, char fmt) {
    union { uint16_t u16; int16_t i16; uint32_t u32; int32_t i32; uint64_t u64; int64_t i64; float f; double d; } x;
    memcpy(&x, p, (size_t)fmt_size(fmt));
    switch (fmt) {
    case 'B': return MK_SMALL((unsigned char)*p);
    case 'b': return MK_SMALL((signed char)*p);
    case 'c': return bytes_new(p, 1);
    case '?': return BOOL(*p != 0);
    case 'H': return MK_SMALL(x.u16);
    case 'h': return MK_SMALL(x.i16);
    case 'I': return int_from_u64(x.u32);
    case 'i': return int_from_i64(x.i32);
    case 'L': case 'Q': case 'N': return int_from_u64(x.u64);
    case 'l': case 'q': case 'n': return int_from_i64(x.i64);
    case 'f': return float_new(x.f);
    default: return float_new(x.d);
    }
}

static bool pack_item(char *p, char fmt, Value v) {
    if (fmt == 'c') {
        const char *d;
        size_t n;
        if (!bytes_buffer(v, &d, &n) || n != 1) {
            if (!bytes_buffer(v, &d, &n))
                return rt_raise(&exc_TypeError, "memoryview: invalid type for format 'c'"), false;
            return rt_raise(&exc_ValueError, "memoryview: invalid value for format 'c'"), false;
        }
        *p = d[0];
        return true;
    }
    if (fmt == '?') {
        int t = rt_truthy(v);
        if (t < 0) return false;
        *p = (char)t;
        return true;
    }
    if (fmt == 'f' || fmt == 'd') {
        double d;
        if (!float_check(v) && !int_check(v))
            return rt_raise(&exc_TypeError, "memoryview: invalid type for format '%c'", fmt), false;
        if (num_to_double(v, &d) < 0) return false;
        if (fmt == 'f') {
            float f = (float)d;
            memcpy(p, &f, sizeof f);
        } else {
            memcpy(p, &d, sizeof d);
        }
        return true;
    }
    if (!int_check(v)) return rt_raise(&exc_TypeError, "memoryview: invalid type for format '%c'", fmt), false;
    int64_t i;
    bool fits = int_to_i64(v, &i);
    bool is_unsigned = fmt == 'B' || fmt == 'H' || fmt == 'I' || fmt == 'L' || fmt == 'Q' || fmt == 'N';
    int size = fmt_size(fmt);
    bool ok;
    if (!fits) {
        /* Only an unsigned 8-byte format holds values past int64. */
        uint64_t u = 0;
        ok = false;
        if (is_unsigned && size == 8 && int_sign(v) > 0) {
            Value s = int_to_base_str(v, 16, false);
            if (s && str_len(s) <= 16) {
                u = strtoull(str_cstr(s), NULL, 16);
                memcpy(p, &u, 8);
                return true;
            }
            rt_exc_clear();
        }
    } else if (is_unsigned) {
        ok = i >= 0 && (size == 8 || (uint64_t)i < ((uint64_t)1 << (size * 8)));
    } else {
        ok = size == 8 || (i >= -((int64_t)1 << (size * 8 - 1)) && i < ((int64_t)1 << (size * 8 - 1)));
    }
    if (!ok) return rt_raise(&exc_ValueError, "memoryview: invalid value for format '%c'", fmt), false;
    switch (size) {
    case 1: *p = (char)i; break;
    case 2: { int16_t x = (int16_t)i; memcpy(p, &x, 2); break; }
    case 4: { int32_t x = (int32_t)i; memcpy(p, &x, 4); break; }
    default: memcpy(p, &i, 8); break;
    }
    return true;
}

/* The index of a key that is an integer, or -1 with an exception. */
static bool item_index(MemViewObj *m, Value key, intptr_t *out) {
    intptr_t i;
    if (!rt_index(key, &i)) {
        if (rt_exc_matches(&exc_TypeError)) {
            rt_exc_clear();
            rt_raise(&exc_TypeError, "memoryview: invalid slice key");
        }
        return false;
    }
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return rt_raise(&exc_IndexError, "index out of bounds on dimension 1"), false;
    *out = i;
    return true;
}

static bool is_index_like(Value key) {
    return IS_SMALL(key) || int_check(key) || rt_lookup_special(key, NM(__index__));
}

static Value mv_getitem(Value self, Value key) {
    MemViewObj *m = MV(self);
    char *d = view_data(m);
    if (!d) return NIL;
    if (!IS_SMALL(key) && TYPE(key) == &type_slice) {
        intptr_t start, stop, step, n;
        if (!slice_indices(key, m->len, &start, &stop, &step, &n)) return NIL;
        return new_view(TYPE(self), m->obj, m->off + start * m->step, n, m->step * step, m->fmt, m->readonly);
    }
    if (key == ELLIPSIS) return new_view(TYPE(self), m->obj, m->off, m->len, m->step, m->fmt, m->readonly);
    if (!is_index_like(key)) {
        rt_exc_clear();
        return rt_raise(&exc_TypeError, "memoryview: invalid slice key");
    }
    intptr_t i;
    if (!item_index(m, key, &i)) return NIL;
    return unpack_item(d + m->off + i * m->step, m->fmt);
}

static int mv_setitem(Value self, Value key, Value v) {
    MemViewObj *m = MV(self);
    char *d = view_data(m);
    if (!d) return -1;
    if (m->readonly) return rt_raise(&exc_TypeError, "cannot modify read-only memory"), -1;
    if (!v) return rt_raise(&exc_TypeError, "cannot delete memory"), -1;
    if (!IS_SMALL(key) && TYPE(key) == &type_slice) {
        intptr_t start, stop, step, n;
        if (!slice_indices(key, m->len, &start, &stop, &step, &n)) return -1;
        const char *src;
        size_t sn;
        Value srcv = v;
        if (memview_check(v)) {
            if (MV(v)->fmt != m->fmt)
                return rt_raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures"), -1;
            srcv = rt_call_method(v, str_intern("tobytes"), NULL, 0, NIL);
            if (!srcv) return -1;
        }
        if (!bytes_buffer(srcv, &src, &sn))
            return rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v)), -1;
        if ((intptr_t)sn != n * m->itemsize)
            return rt_raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures"), -1;
        /* Copy first: the source may overlap the destination. */
        char *tmp = GC_MALLOC_ATOMIC(sn + 1);
        memcpy(tmp, src, sn);
        for (intptr_t k = 0; k < n; k++)
            memcpy(d + m->off + (start + k * step) * m->step, tmp + k * m->itemsize, (size_t)m->itemsize);
        return 0;
    }
    if (!is_index_like(key)) {
        rt_exc_clear();
        return rt_raise(&exc_TypeError, "memoryview: invalid slice key"), -1;
    }
    intptr_t i;
    if (!item_index(m, key, &i)) return -1;
    return pack_item(d + m->off + i * m->step, m->fmt, v) ? 0 : -1;
}

static int mv_delitem(Value self, Value key) {
    MemViewObj *m = MV(self);
    if (!view_data(m)) return -1;
    rt_raise(&exc_TypeError, m->readonly ? "cannot modify read-only memory" : "cannot delete memory");
    return -1;
}

static intptr_t mv_len(Value self) {
    if (!view_data(MV(self))) return -1;
    return MV(self)->len;
}

/* The view's bytes in order, as a fresh buffer of *n bytes. */
static char *gather(MemViewObj *m, size_t *n) {
    char *d = view_data(m);
    if (!d) return NULL;
    *n = (size_t)(m->len * m->itemsize);
    char *out = GC_MALLOC_ATOMIC(*n + 1);
    if (m->step == m->itemsize) {
        memcpy(out, d + m->off, *n);
    } else {
        for (intptr_t i = 0; i < m->len; i++)
            memcpy(out + i * m->itemsize, d + m->off + i * m->step, (size_t)m->itemsize);
    }
    out[*n] = 0;
    return out;
}

bool memview_buffer(Value v, const char **data, size_t *len) {
    MemViewObj *m = MV(v);
    if (m->released) return false;
    char *d = gather(m, len);
    if (!d) {
        rt_exc_clear();
        return false;
    }
    *data = d;
    return true;
}

static Value mv_tolist(Value *a, int n, Value k) {
    if (!arg_count("tolist", n - 1, 0, 0)) return NIL;
    MemViewObj *m = MV(a[0]);
    char *d = view_data(m);
    if (!d) return NIL;
    Value l = list_new(0);
    for (intptr_t i = 0; i < m->len; i++) {
        Value x = unpack_item(d + m->off + i * m->step, m->fmt);
        if (!x) return NIL;
        list_append(l, x);
    }
    return l;
}

static Value mv_tobytes(Value *a, int n, Value kw) {
    static const char *const names[] = {"order"};
    Value out[1] = {NIL};
    if (n > 2) return rt_raise(&exc_TypeError, "tobytes() takes at most 1 argument (%d given)", n - 1);
    if (!arg_kw("tobytes", a + 1, n - 1, kw, names, out, 1)) return NIL;
    size_t len;
    char *d = gather(MV(a[0]), &len);
    return d ? bytes_new(d, len) : NIL;
}

static Value mv_hex(Value *a, int n, Value kw) {
    size_t len;
    char *d = gather(MV(a[0]), &len);
    if (!d) return NIL;
    Value b = bytes_new(d, len);
    if (!b) return NIL;
    return rt_call_method(b, str_intern("hex"), a + 1, n - 1, kw);
}

static Value mv_release(Value *a, int n, Value k) {
    if (!arg_count("release", n - 1, 0, 0)) return NIL;
    MV(a[0])->released = true;
    return NONE;
}

static Value mv_enter(Value *a, int n, Value k) {
    if (!arg_count("__enter__", n - 1, 0, 0)) return NIL;
    if (!view_data(MV(a[0]))) return NIL;
    return a[0];
}

static Value mv_exit(Value *a, int n, Value k) {
    MV(a[0])->released = true;
    return NONE;
}

static Value mv_toreadonly(Value *a, int n, Value k) {
    if (!arg_count("toreadonly", n - 1, 0, 0)) return NIL;
    MemViewObj *m = MV(a[0]);
    if (!view_data(m)) return NIL;
    return new_view(TYPE(a[0]), m->obj, m->off, m->len, m->step, m->fmt, true);
}

static Value mv_cast(Value *a, int n, Value kw) {
    static const char *const names[] = {"format", "shape"};
    Value out[2] = {NIL, NIL};
    if (n > 3) return rt_raise(&exc_TypeError, "cast() takes at most 2 arguments (%d given)", n - 1);
    if (!arg_kw("cast", a + 1, n - 1, kw, names, out, 2)) return NIL;
    for (int i = 1; i < n; i++) out[i - 1] = a[i];
    MemViewObj *m = MV(a[0]);
    if (!view_data(m)) return NIL;
    if (!out[0]) return rt_raise(&exc_TypeError, "cast() missing required argument 'format' (pos 1)");
    if (!str_check(out[0]))
        return rt_raise(&exc_TypeError, "memoryview: format argument must be a string");
    const char *f = str_cstr(out[0]);
    if (f[0] == '@') f++;
    if (!f[0] || f[1] || !fmt_size(f[0]))
        return rt_raise(&exc_ValueError, "memoryview: destination format must be a native single character "
                                         "format prefixed with an optional '@'");
    if (m->step != m->itemsize)
        return rt_raise(&exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    char to = f[0];
    bool byte_from = m->fmt == 'B' || m->fmt == 'b' || m->fmt == 'c';
    bool byte_to = to == 'B' || to == 'b' || to == 'c';
    if (!byte_from && !byte_to)
        return rt_raise(&exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    intptr_t nbytes = m->len * m->itemsize, size = fmt_size(to);
    if (nbytes % size) return rt_raise(&exc_TypeError, "memoryview: length is not a multiple of itemsize");
    if (out[1] && out[1] != NONE) {
        Value shape = rt_tuple_from_iter(out[1]);
        if (!shape) return NIL;
        intptr_t d0;
        if (TUPLE_LEN(shape) != 1 || !rt_index(TUPLE_ITEMS(shape)[0], &d0) || d0 * size != nbytes) {
            rt_exc_clear();
            return rt_raise(&exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        }
    }
    return new_view(TYPE(a[0]), m->obj, m->off, nbytes / size, size, to, m->readonly);
}

/* ---- attributes ---- */

static Value g_obj(Value *a, int n, Value k) { return view_data(MV(a[0])) ? MV(a[0])->obj : NIL; }
static Value g_nbytes(Value *a, int n, Value k) {
    return view_data(MV(a[0])) ? int_from_i64(MV(a[0])->len * MV(a[0])->itemsize) : NIL;
}
static Value g_readonly(Value *a, int n, Value k) { return view_data(MV(a[0])) ? BOOL(MV(a[0])->readonly) : NIL; }
static Value g_format(Value *a, int n, Value k) {
    return view_data(MV(a[0])) ? str_new(&MV(a[0])->fmt, 1) : NIL;
}
static Value g_itemsize(Value *a, int n, Value k) { return view_data(MV(a[0])) ? MK_SMALL(MV(a[0])->itemsize) : NIL; }
static Value g_ndim(Value *a, int n, Value k) { return view_data(MV(a[0])) ? MK_SMALL(1) : NIL; }
static Value g_shape(Value *a, int n, Value k) {
    return view_data(MV(a[0])) ? tuple_pack(1, int_from_i64(MV(a[0])->len)) : NIL;
}
static Value g_strides(Value *a, int n, Value k) {
    return view_data(MV(a[0])) ? tuple_pack(1, int_from_i64(MV(a[0])->step)) : NIL;
}
static Value g_suboffsets(Value *a, int n, Value k) { return view_data(MV(a[0])) ? rt_empty_tuple : NIL; }
static Value g_contiguous(Value *a, int n, Value k) {
    MemViewObj *m = MV(a[0]);
    if (!view_data(m)) return NIL;
    return BOOL(m->len <= 1 || m->step == m->itemsize);
}

/* ---- comparison, hash, repr, iteration ---- */

static Value mv_eq(Value self, Value other) {
    if (self == other) return TRUE_V;
    MemViewObj *m = MV(self);
    if (m->released) return FALSE_V;
    Value theirs;
    if (memview_check(other)) {
        if (MV(other)->released) return FALSE_V;
        Value args[1] = {other};
        theirs = mv_tolist(args, 1, NIL);
    } else {
        const char *d;
        size_t n;
        if (!bytes_buffer(other, &d, &n)) return NOTIMPL;
        theirs = list_new(0);
        for (size_t i = 0; i < n; i++) list_append(theirs, MK_SMALL((unsigned char)d[i]));
    }
    if (!theirs) return NIL;
    Value args[1] = {self};
    Value mine = mv_tolist(args, 1, NIL);
    if (!mine) return NIL;
    int r = rt_eq(mine, theirs);
    return r < 0 ? NIL : BOOL(r);
}

static Value mv_ne(Value self, Value other) {
    Value r = mv_eq(self, other);
    if (!r || r == NOTIMPL) return r;
    return BOOL(r == FALSE_V);
}

static intptr_t mv_hash(Value self) {
    MemViewObj *m = MV(self);
    if (!view_data(m)) return -1;
    if (!m->readonly) return rt_raise(&exc_ValueError, "cannot hash writable memoryview object"), -1;
    if (m->fmt != 'B' && m->fmt != 'b' && m->fmt != 'c')
        return rt_raise(&exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"), -1;
    size_t n;
    char *d = gather(m, &n);
    if (!d) return -1;
    return rt_hash(bytes_new(d, n));
}

static Value mv_repr(Value self) {
    return str_printf(MV(self)->released ? "<released memory at %p>" : "<memory at %p>", (void *)self);
}

static Value mv_iter(Value self) {
    Value args[1] = {self};
    Value l = mv_tolist(args, 1, NIL);
    return l ? rt_iter(l) : NIL;
}

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, METH_DEFAULT, NULL},
    {"tolist", mv_tolist, METH_DEFAULT, NULL},
    {"hex", mv_hex, METH_DEFAULT, NULL},
    {"release", mv_release, METH_DEFAULT, NULL},
    {"toreadonly", mv_toreadonly, METH_DEFAULT, NULL},
    {"cast", mv_cast, METH_DEFAULT, NULL},
    {"__enter__", mv_enter, METH_DEFAULT, NULL},
    {"__exit__", mv_exit, METH_DEFAULT, NULL},
    {"obj", g_obj, METH_GETTER, NULL},
    {"nbytes", g_nbytes, METH_GETTER, NULL},
    {"readonly", g_readonly, METH_GETTER, NULL},
    {"format", g_format, METH_GETTER, NULL},
    {"itemsize", g_itemsize, METH_GETTER, NULL},
    {"ndim", g_ndim, METH_GETTER, NULL},
    {"shape", g_shape, METH_GETTER, NULL},
    {"strides", g_strides, METH_GETTER, NULL},
    {"suboffsets", g_suboffsets, METH_GETTER, NULL},
    {"c_contiguous", g_contiguous, METH_GETTER, NULL},
    {"f_contiguous", g_contiguous, METH_GETTER, NULL},
    {"contiguous", g_contiguous, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_memoryview = {
    .ob = {&type_type}, .name = "memoryview", .base = &type_object, .size = sizeof(MemViewObj),
    .methods = mv_methods, .new_ = mv_new_slot, .getitem = mv_getitem, .setitem = mv_setitem,
    .delitem = mv_delitem,
    .len = mv_len, .eq = mv_eq, .ne = mv_ne, .hash = mv_hash, .repr = mv_repr, .iter = mv_iter,
};
