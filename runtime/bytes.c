/* bytes.c — bytes and bytearray (one set of methods serves both: results take
 * the receiver's kind), their iterators, and the codecs shared with str
 * (utf-8, ascii, latin-1 with the usual error handlers).
 *
 * Invariant: bytes data is followed by a NUL that is not part of the value and
 * never changes; a bytearray owns data[0..len) with cap >= len + 1.
 */
#include <string.h>
#include "bytes.h"
#include "str.h"
#include "errors.h"
#include "abstract.h"
#include "containers.h"
#include "num.h"
#include "func.h"
#include "names.h"

Type type_bytes, type_bytearray, type_bytes_iterator, type_bytearray_iterator;

/* ---------- construction ---------- */

static BytesObj *alloc_bytes(Type *t, size_t len) {
    BytesObj *o;
    if (t == &type_bytes) {
        o = GC_MALLOC_ATOMIC(sizeof(BytesObj) + len + 1);
        if (!o) return NULL;
        o->ob.type = t;
        o->data = (char *)(o + 1);
    } else {
        size_t head = t->size > sizeof(BytesObj) ? t->size : sizeof(BytesObj);
        Value v = obj_alloc_var(t, head + len + 1);
        if (!v) return NULL;
        o = (BytesObj *)v;
        o->data = (char *)o + head;
    }
    o->len = len;
    o->hash = -1;
    o->data[len] = 0;
    return o;
}

Value bytes_new(const char *data, size_t len) {
    BytesObj *o = alloc_bytes(&type_bytes, len);
    if (!o) return rt_raise_nomem();
    if (len) memcpy(o->data, data, len);
    return OBJ_VAL(o);
}

static bool is_bytearray(Value v) { return IS_INSTANCE(v, &type_bytearray); }

bool bytes_check(Value v) { return IS_INSTANCE(v, &type_bytes); }

static ByteArrayObj *ba(Value v) { return (ByteArrayObj *)v; }

/* Room for need bytes and the NUL; false with MemoryError. */
static bool ba_reserve(ByteArrayObj *b, size_t need) {
    if (need + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < need + 1) {
        if (cap > SIZE_MAX / 4) { rt_raise_nomem(); return false; }
        cap *= 2;
    }
    char *p = GC_MALLOC_ATOMIC(cap);
    if (!p) { rt_raise_nomem(); return false; }
    if (b->len) memcpy(p, b->data, b->len);
    b->data = p;
    b->cap = cap;
    return true;
}

static Value bytearray_alloc(Type *t) {
    ByteArrayObj *b;
    if (t == &type_bytearray) b = gc_obj(sizeof(ByteArrayObj), t);
    else b = (ByteArrayObj *)obj_alloc_var(t, sizeof(ByteArrayObj));
    b->len = 0;
    b->cap = 0;
    b->data = NULL;
    if (!ba_reserve(b, 0)) return NIL;
    b->data[0] = 0;
    return OBJ_VAL(b);
}

static bool ba_set(Value v, const char *data, size_t len) {
    ByteArrayObj *b = ba(v);
    if (!ba_reserve(b, len)) return false;
    memmove(b->data, data, len);
    b->len = len;
    b->data[len] = 0;
    return true;
}

Value bytearray_new(const char *data, size_t len) {
    Value v = bytearray_alloc(&type_bytearray);
    return v && ba_set(v, data, len) ? v : NIL;
}

bool bytes_buffer(Value v, const char **data, size_t *len) {
    if (IS_SMALL(v)) return false;
    if (bytes_check(v)) { *data = ((BytesObj *)v)->data; *len = ((BytesObj *)v)->len; return true; }
    if (is_bytearray(v)) { *data = ba(v)->data; *len = ba(v)->len; return true; }
    if (memview_check(v)) return memview_buffer(v, data, len);
    return false;
}

/* A result of the receiver's kind. */
static Value mk(Value self, const char *d, size_t n) {
    return is_bytearray(self) ? bytearray_new(d, n) : bytes_new(d, n);
}

static void self_buf(Value self, const char **d, size_t *n) { bytes_buffer(self, d, n); }

static bool byte_value(Value v, int *out) {
    intptr_t i;
    if (IS_SMALL(v)) i = SMALL_VAL(v);
    else if (!TYPE(v)->index) {
        rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return false;
    } else if (!str_as_index(v, &i, IDX_CLAMP)) return false;
    if (i < 0 || i > 255) { rt_raise(&exc_ValueError, "byte must be in range(0, 256)"); return false; }
    *out = (int)i;
    return true;
}

/* Collect bytes from an iterable of ints into b. */
/* ctor: bytes()/bytearray() say "bytes must be in range", extend says "byte". */
static bool collect_ints(Value it, StrBuf *b, bool ctor) {
    Value iter = rt_iter(it);
    if (!iter) return false;
    for (;;) {
        Value x = rt_next(iter);
        if (!x) return !rt_exc_occurred();
        int c;
        if (!IS_SMALL(x) && !TYPE(x)->index) {
            rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(x));
            return false;
        }
        if (!byte_value(x, &c)) {
            if (ctor && rt_exc_matches(&exc_ValueError)) { rt_exc_clear(); rt_raise(&exc_ValueError, "bytes must be in range(0, 256)"); }
            return false;
        }
        sb_addc(b, (char)c);
    }
}

Value bytes_from_object(Value v) {
    const char *d;
    size_t n;
    if (bytes_buffer(v, &d, &n)) return bytes_new(d, n);
    if (IS_SMALL(v) || (TYPE(v)->index && !str_check(v))) {
        intptr_t k;
        if (!str_as_index(v, &k, IDX_FIT)) return NIL;
        if (k < 0) return rt_raise(&exc_ValueError, "negative count");
        BytesObj *o = alloc_bytes(&type_bytes, (size_t)k);
        if (!o) return rt_raise_nomem();
        memset(o->data, 0, (size_t)k);
        return OBJ_VAL(o);
    }
    if (str_check(v)) return rt_raise(&exc_TypeError, "string argument without an encoding");
    static Value name_bytes;
    if (!name_bytes) name_bytes = str_intern("__bytes__");
    Value m = rt_lookup_special(v, name_bytes);
    if (m) {
        Value r = rt_call0(m);
        if (!r) return NIL;
        if (!bytes_check(r))
            return rt_raise(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
        return r;
    }
    if (!TYPE(v)->iter && !TYPE(v)->getitem)
        return rt_raise(&exc_TypeError, "cannot convert '%s' object to bytes", type_name(v));
    StrBuf b;
    sb_init(&b);
    if (!collect_ints(v, &b, true)) return NIL;
    return bytes_new(b.p, b.len);
}

/* ---------- codecs ---------- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_U16, ENC_U16LE, ENC_U16BE, ENC_U32, ENC_U32LE, ENC_U32BE, ENC_BAD };

static int codec(const char *name) {
    char n[32];
    size_t i = 0;
    for (; name[i] && i < sizeof n - 1; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c == '_' || c == ' ') c = '-';
        n[i] = c;
    }
    n[i] = 0;
    if (!strcmp(n, "utf-8") || !strcmp(n, "utf8") || !strcmp(n, "u8") || !strcmp(n, "utf") ||
        !strcmp(n, "cp65001")) return ENC_UTF8;
    if (!strcmp(n, "ascii") || !strcmp(n, "us-ascii") || !strcmp(n, "646") || !strcmp(n, "us")) return ENC_ASCII;
    if (!strcmp(n, "latin-1") || !strcmp(n, "latin1") || !strcmp(n, "iso-8859-1") || !strcmp(n, "iso8859-1") ||
        !strcmp(n, "8859") || !strcmp(n, "cp819") || !strcmp(n, "l1") || !strcmp(n, "latin") ||
        !strcmp(n, "iso-ir-100")) return ENC_LATIN1;
    if (!strcmp(n, "utf-16") || !strcmp(n, "utf16") || !strcmp(n, "u16")) return ENC_U16;
    if (!strcmp(n, "utf-16-le") || !strcmp(n, "utf-16le")) return ENC_U16LE;
    if (!strcmp(n, "utf-16-be") || !strcmp(n, "utf-16be")) return ENC_U16BE;
    if (!strcmp(n, "utf-32") || !strcmp(n, "utf32") || !strcmp(n, "u32")) return ENC_U32;
    if (!strcmp(n, "utf-32-le") || !strcmp(n, "utf-32le")) return ENC_U32LE;
    if (!strcmp(n, "utf-32-be") || !strcmp(n, "utf-32be")) return ENC_U32BE;
    return ENC_BAD;
}

static const char *codec_name[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                   "utf-32", "utf-32-le", "utf-32-be"};

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE, ERR_UNKNOWN };

static int err_mode(const char *e) {
    if (!strcmp(e, "strict")) return ERR_STRICT;
    if (!strcmp(e, "ignore")) return ERR_IGNORE;
    if (!strcmp(e, "replace")) return ERR_REPLACE;
    if (!strcmp(e, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(e, "xmlcharrefreplace")) return ERR_XMLREF;
    if (!strcmp(e, "surrogateescape")) return ERR_SURROGATEESCAPE;
    return ERR_UNKNOWN;
}

static Value decode_error(int enc, const unsigned char *d, size_t a, size_t b, const char *reason) {
    if (b == a) b = a + 1;
    if (b - a == 1)
        return rt_raise(&exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                        codec_name[enc], d[a], a, reason);
    return rt_raise(&exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                    codec_name[enc], a, b - 1, reason);
}

/* Length of the invalid UTF-8 run at d[i] (CPython's maximal subpart), with its reason. */
static size_t utf8_bad(const unsigned char *d, size_t n, size_t i, const char **reason) {
    unsigned c = d[i];
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else { *reason = "invalid start byte"; return 1; }
    for (size_t k = 1; k <= need; k++) {
        if (i + k >= n) { *reason = "unexpected end of data"; return n - i; }
        unsigned x = d[i + k];
        if (k == 1 ? (x < lo || x > hi) : (x < 0x80 || x > 0xBF)) { *reason = "invalid continuation byte"; return k; }
    }
    return 0;
}

/* Apply the errors mode to the undecodable bytes [a, b); false when raising. */
static bool decode_fail(StrBuf *out, int em, const char *errors, int enc, const unsigned char *d,
                        size_t a, size_t b, const char *reason) {
    switch (em) {
    case ERR_STRICT: decode_error(enc, d, a, b, reason); return false;
    case ERR_IGNORE: return true;
    case ERR_REPLACE: sb_addcp(out, 0xFFFD); return true;
    case ERR_BACKSLASH: for (size_t k = a; k < b; k++) sb_printf(out, "\\x%02x", d[k]); return true;
    case ERR_SURROGATEESCAPE: for (size_t k = a; k < b; k++) sb_addcp(out, 0xDC00 + d[k]); return true;
    default: rt_raise(&exc_LookupError, "unknown error handler name '%s'", errors); return false;
    }
}

/* UTF-16 / UTF-32 with an optional BOM (plain utf-16/32 reads one, little-endian otherwise). */
static Value decode_wide(const unsigned char *d, size_t n, int enc, int em, const char *errors) {
    size_t w = enc >= ENC_U32 ? 4 : 2, i = 0;
    bool be = enc == ENC_U16BE || enc == ENC_U32BE;
    if (enc == ENC_U16 || enc == ENC_U32) {
        if (w == 2 && n >= 2 && d[0] == 0xFF && d[1] == 0xFE) i = 2;
        else if (w == 2 && n >= 2 && d[0] == 0xFE && d[1] == 0xFF) { i = 2; be = true; }
        else if (w == 4 && n >= 4 && d[0] == 0xFF && d[1] == 0xFE && !d[2] && !d[3]) i = 4;
        else if (w == 4 && n >= 4 && !d[0] && !d[1] && d[2] == 0xFE && d[3] == 0xFF) { i = 4; be = true; }
        enc = w == 2 ? (be ? ENC_U16BE : ENC_U16LE) : (be ? ENC_U32BE : ENC_U32LE);
    }
#define UNIT16(k) (be ? (uint32_t)(d[k] << 8 | d[(k) + 1]) : (uint32_t)(d[(k) + 1] << 8 | d[k]))
#define UNIT32(k) (be ? ((uint32_t)d[k] << 24 | (uint32_t)d[(k) + 1] << 16 | (uint32_t)d[(k) + 2] << 8 | d[(k) + 3]) \
                      : ((uint32_t)d[(k) + 3] << 24 | (uint32_t)d[(k) + 2] << 16 | (uint32_t)d[(k) + 1] << 8 | d[k]))
    StrBuf b;
    sb_init(&b);
    while (i < n) {
        if (n - i < w) {
            if (!decode_fail(&b, em, errors, enc, d, i, n, "truncated data")) return NIL;
            break;
        }
        if (w == 4) {
            uint32_t c = UNIT32(i);
            if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
                if (!decode_fail(&b, em, errors, enc, d, i, i + 4, c > 0x10FFFF ? "code point not in range(0x110000)"
                                 : "code point in surrogate code point range(0xd800, 0xe000)")) return NIL;
            } else sb_addcp(&b, c);
            i += 4;
            continue;
        }
        uint32_t u = UNIT16(i);
        if (u < 0xD800 || u > 0xDFFF) { sb_addcp(&b, u); i += 2; continue; }
        if (u >= 0xDC00) {
            if (!decode_fail(&b, em, errors, enc, d, i, i + 2, "illegal encoding")) return NIL;
            i += 2;
            continue;
        }
        if (n - i < 4) {
            if (!decode_fail(&b, em, errors, enc, d, i, n, "unexpected end of data")) return NIL;
            break;
        }
        uint32_t u2 = UNIT16(i + 2);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            if (!decode_fail(&b, em, errors, enc, d, i, i + 2, "illegal UTF-16 surrogate")) return NIL;
            i += 2;
            continue;
        }
        sb_addcp(&b, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        i += 4;
    }
#undef UNIT16
#undef UNIT32
    return sb_finish(&b);
}

static Value encode_wide(Value s, int enc, int em, const char *errors) {
    size_t w = enc >= ENC_U32 ? 4 : 2;
    bool be = enc == ENC_U16BE || enc == ENC_U32BE;
    StrBuf b;
    sb_init(&b);
    if (enc == ENC_U16) sb_add(&b, "\xff\xfe", 2);
    if (enc == ENC_U32) sb_add(&b, "\xff\xfe\0\0", 4);
    const char *p = str_cstr(s), *e = p + str_len(s);
    size_t pos = 0;
    while (p < e) {
        uint32_t c = str_next_cp(&p);
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (em == ERR_IGNORE) { pos++; continue; }
            if (em != ERR_STRICT && em != ERR_UNKNOWN) c = '?';
            else
                return rt_raise(&exc_UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %zu: surrogates not allowed",
                                codec_name[enc], c, pos);
        }
        uint32_t units[2];
        int nu = 1;
        if (w == 4 || c < 0x10000) units[0] = c;
        else { units[0] = 0xD800 + ((c - 0x10000) >> 10); units[1] = 0xDC00 + ((c - 0x10000) & 0x3FF); nu = 2; }
        for (int k = 0; k < nu; k++) {
            unsigned char t[4];
            for (size_t j = 0; j < w; j++) t[be ? w - 1 - j : j] = (unsigned char)(units[k] >> (8 * j));
            sb_add(&b, (const char *)t, w);
        }
        pos++;
    }
    return bytes_new(b.p, b.len);
}

Value bytes_decode(const char *data, size_t len, const char *encoding, const char *errors) {
    int enc = codec(encoding);
    if (enc == ENC_BAD) return rt_raise(&exc_LookupError, "unknown encoding: %s", encoding);
    int em = err_mode(errors);
    if (enc >= ENC_U16) return decode_wide((const unsigned char *)data, len, enc, em, errors);
    const unsigned char *d = (const unsigned char *)data;
    if (enc == ENC_UTF8 && str_validate_utf8(data, len)) return str_new(data, len);
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < len) {
        unsigned c = d[i];
        if (c < 0x80) { sb_addc(&b, (char)c); i++; continue; }
        if (enc == ENC_LATIN1) { sb_addcp(&b, c); i++; continue; }
        size_t bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (enc == ENC_UTF8) {
            bad = utf8_bad(d, len, i, &reason);
            if (bad == 0) {
                const char *p = data + i;
                uint32_t cp = str_next_cp(&p);
                sb_addcp(&b, cp);
                i = (size_t)(p - data);
                continue;
            }
        }
        switch (em) {
        case ERR_STRICT: return decode_error(enc, d, i, i + bad, reason);
        case ERR_IGNORE: break;
        case ERR_REPLACE: sb_addcp(&b, 0xFFFD); break;
        case ERR_BACKSLASH:
            for (size_t k = 0; k < bad; k++) sb_printf(&b, "\\x%02x", d[i + k]);
            break;
        case ERR_SURROGATEESCAPE:
            for (size_t k = 0; k < bad; k++) sb_addcp(&b, 0xDC00 + d[i + k]);
            break;
        default:
            return rt_raise(&exc_LookupError, "unknown error handler name '%s'", errors);
        }
        i += bad;
    }
    return sb_finish(&b);
}

static void escape_cp(StrBuf *b, uint32_t cp) {
    if (cp < 0x100) sb_printf(b, "\\x%02x", cp);
    else if (cp < 0x10000) sb_printf(b, "\\u%04x", cp);
    else sb_printf(b, "\\U%08x", cp);
}

Value str_encode(Value s, const char *encoding, const char *errors) {
    int enc = codec(encoding);
    if (enc == ENC_BAD) return rt_raise(&exc_LookupError, "unknown encoding: %s", encoding);
    const char *p = str_cstr(s), *e = p + str_len(s);
    if (enc >= ENC_U16) return encode_wide(s, enc, err_mode(errors), errors);
    if (AS_STR(s)->ascii) return bytes_new(p, str_len(s));
    uint32_t limit = enc == ENC_UTF8 ? 0x110000 : enc == ENC_ASCII ? 0x80 : 0x100;
    int em = err_mode(errors);
    StrBuf b;
    sb_init(&b);
    size_t pos = 0;
    while (p < e) {
        const char *start = p;
        uint32_t cp = str_next_cp(&p);
        bool bad = cp >= limit || (cp >= 0xD800 && cp <= 0xDFFF);
        if (!bad) {
            if (enc == ENC_UTF8) sb_add(&b, start, (size_t)(p - start));
            else sb_addc(&b, (char)cp);
            pos++;
            continue;
        }
        if (em == ERR_STRICT || em == ERR_UNKNOWN) {
            if (em == ERR_UNKNOWN) return rt_raise(&exc_LookupError, "unknown error handler name '%s'", errors);
            const char *reason = enc == ENC_UTF8 ? "surrogates not allowed"
                               : enc == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
            /* CPython reports the whole run of unencodable characters */
            size_t end = pos + 1;
            const char *q = p;
            while (q < e) {
                const char *r = q;
                uint32_t c2 = str_next_cp(&r);
                if (!(c2 >= limit || (c2 >= 0xD800 && c2 <= 0xDFFF))) break;
                q = r;
                end++;
            }
            if (end - pos == 1) {
                StrBuf t;
                sb_init(&t);
                escape_cp(&t, cp);
                sb_addc(&t, 0);
                return rt_raise(&exc_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %zu: %s",
                                codec_name[enc], t.p, pos, reason);
            }
            return rt_raise(&exc_UnicodeEncodeError, "'%s' codec can't encode characters in position %zu-%zu: %s",
                            codec_name[enc], pos, end - 1, reason);
        }
        switch (em) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: sb_addc(&b, '?'); break;
        case ERR_BACKSLASH: escape_cp(&b, cp); break;
        case ERR_XMLREF: sb_printf(&b, "&#%u;", cp); break;
        case ERR_SURROGATEESCAPE:
            if (cp >= 0xDC80 && cp <= 0xDCFF) { sb_addc(&b, (char)(cp - 0xDC00)); break; }
            return rt_raise(&exc_UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %zu: %s",
                            codec_name[enc], cp, pos, "surrogates not allowed");
        }
        pos++;
    }
    return bytes_new(b.p, b.len);
}

/* ---------- repr, hash, compare ---------- */

static void repr_body(StrBuf *b, const char *d, size_t n) {
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    sb_addc(b, 'b');
    sb_addc(b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)q || c == '\\') { sb_addc(b, '\\'); sb_addc(b, (char)c); }
        else if (c == '\t') sb_adds(b, "\\t");
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c < 0x20 || c >= 0x7f) sb_printf(b, "\\x%02x", c);
        else sb_addc(b, (char)c);
    }
    sb_addc(b, q);
}

Value bytes_repr(Value v) {
    const char *d;
    size_t n;
    self_buf(v, &d, &n);
    StrBuf b;
    sb_init(&b);
    repr_body(&b, d, n);
    return sb_finish(&b);
}

static Value bytearray_repr(Value v) {
    StrBuf b;
    sb_init(&b);
    const char *name = TYPE(v)->name;
    sb_adds(&b, name);
    sb_addc(&b, '(');
    repr_body(&b, ba(v)->data, ba(v)->len);
    sb_addc(&b, ')');
    return sb_finish(&b);
}

static intptr_t bytes_hash(Value v) {
    BytesObj *o = (BytesObj *)v;
    if (o->hash != -1) return o->hash;
    if (o->len == 0) return o->hash = 0;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < o->len; i++) { h ^= (unsigned char)o->data[i]; h *= 0x100000001b3ULL; }
    h ^= h >> 29;
    intptr_t r = (intptr_t)h;
    if (r == -1) r = -2;
    o->hash = r;
    return r;
}

static intptr_t bytearray_hash(Value v) {
    rt_raise(&exc_TypeError, "unhashable type: '%s'", type_name(v));
    return -1;
}

static intptr_t b_len(Value v) {
    const char *d;
    size_t n;
    self_buf(v, &d, &n);
    return (intptr_t)n;
}

static int cmp_buf(Value a, Value b, bool *ok) {
    const char *x, *y;
    size_t nx, ny;
    if (!bytes_buffer(a, &x, &nx) || !bytes_buffer(b, &y, &ny)) { *ok = false; return 0; }
    *ok = true;
    size_t n = nx < ny ? nx : ny;
    int c = n ? memcmp(x, y, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return nx < ny ? -1 : nx > ny ? 1 : 0;
}

#define CMP(fname, expr) \
    static Value fname(Value a, Value b) { bool ok; int c = cmp_buf(a, b, &ok); if (!ok) return NOTIMPL; return BOOL(expr); }
CMP(b_eq, c == 0)
CMP(b_ne, c != 0)
CMP(b_lt, c < 0)
CMP(b_le, c <= 0)
CMP(b_gt, c > 0)
CMP(b_ge, c >= 0)

/* ---------- sequence slots ---------- */

static Value b_getitem(Value self, Value key) {
    const char *d;
    size_t n;
    self_buf(self, &d, &n);
    bool isba = is_bytearray(self);
    intptr_t i;
    if (IS_SMALL(key)) i = SMALL_VAL(key);
    else if (TYPE(key) == &type_slice) {
        intptr_t st, sp, step, cnt;
        if (!slice_indices(key, (intptr_t)n, &st, &sp, &step, &cnt)) return NIL;
        if (cnt <= 0) return mk(self, "", 0);
        if (step == 1) return mk(self, d + st, (size_t)cnt);
        char *buf = GC_MALLOC_ATOMIC((size_t)cnt + 1);
        if (!buf) return rt_raise_nomem();
        for (intptr_t k = 0, j = st; k < cnt; k++, j += step) buf[k] = d[j];
        return mk(self, buf, (size_t)cnt);
    } else if (TYPE(key)->index) { if (!rt_index(key, &i)) return NIL; }
    else return rt_raise(&exc_TypeError, "%s indices must be integers or slices, not %s",
                         isba ? "bytearray" : "byte", type_name(key));
    if (i < 0) i += (intptr_t)n;
    if (i < 0 || i >= (intptr_t)n)
        return rt_raise(&exc_IndexError, isba ? "bytearray index out of range" : "index out of range");
    return MK_SMALL((unsigned char)d[i]);
}

static int b_contains(Value self, Value x) {
    const char *d, *s;
    size_t n, sn;
    self_buf(self, &d, &n);
    if (IS_SMALL(x) || (TYPE(x)->index && !bytes_buffer(x, &s, &sn))) {
        int c;
        if (!byte_value(x, &c)) return -1;
        return n && memchr(d, c, n) != NULL;
    }
    if (!bytes_buffer(x, &s, &sn)) {
        rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(x));
        return -1;
    }
    if (sn == 0) return 1;
    return memmem(d, n, s, sn) != NULL;
}

static Value b_add(Value a, Value b) {
    const char *x, *y;
    size_t nx, ny;
    if (!bytes_buffer(a, &x, &nx)) return NOTIMPL;
    if (!bytes_buffer(b, &y, &ny)) {
        if ((TYPE(b)->flags & TF_HEAPTYPE) && TYPE(b)->radd) return NOTIMPL;
        return rt_raise(&exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    }
    char *buf = GC_MALLOC_ATOMIC(nx + ny + 1);
    if (!buf) return rt_raise_nomem();
    memcpy(buf, x, nx);
    memcpy(buf + nx, y, ny);
    return mk(a, buf, nx + ny);
}

static Value b_mul(Value a, Value b) {
    Value s = a, nv = b;
    const char *d;
    size_t n;
    if (!bytes_buffer(s, &d, &n)) { s = b; nv = a; }
    if (!bytes_buffer(s, &d, &n)) return NOTIMPL;
    if (!IS_SMALL(nv) && !TYPE(nv)->index) {
        if ((TYPE(nv)->flags & TF_HEAPTYPE) && TYPE(nv)->rmul) return NOTIMPL;
        return rt_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(nv));
    }
    intptr_t k;
    if (IS_SMALL(nv)) k = SMALL_VAL(nv);
    else if (!str_as_index(nv, &k, IDX_FIT)) return NIL;
    if (k <= 0 || n == 0) return mk(s, "", 0);
    if ((size_t)k > (SIZE_MAX / 4) / n) return rt_raise_nomem();
    char *buf = GC_MALLOC_ATOMIC(n * (size_t)k + 1);
    if (!buf) return rt_raise_nomem();
    for (intptr_t i = 0; i < k; i++) memcpy(buf + (size_t)i * n, d, n);
    return mk(s, buf, n * (size_t)k);
}

static Value b_mod(Value a, Value b) {
    const char *d;
    size_t n;
    if (!bytes_buffer(a, &d, &n)) return NOTIMPL;
    return bytes_mod(d, n, b, is_bytearray(a));
}

/* ---------- iterators ---------- */

typedef struct BytesIter { Obj ob; Value seq; size_t pos; } BytesIter;

static Value b_iter(Value self) {
    BytesIter *it = gc_obj(sizeof(BytesIter), is_bytearray(self) ? &type_bytearray_iterator : &type_bytes_iterator);
    it->seq = self;
    it->pos = 0;
    return OBJ_VAL(it);
}
static Value iter_self(Value it) { return it; }
static Value bytes_iter_next(Value v) {
    BytesIter *it = (BytesIter *)v;
    const char *d;
    size_t n;
    if (!it->seq) return NIL;
    self_buf(it->seq, &d, &n);
    if (it->pos >= n) { it->seq = NIL; return NIL; }
    return MK_SMALL((unsigned char)d[it->pos++]);
}

/* ---------- argument helpers ---------- */

static bool nargs_check(const char *fname, int nargs, Value kwnames, int min, int max) {
    int given = nargs - 1;
    if (kwnames && TUPLE_LEN(kwnames)) { rt_raise(&exc_TypeError, "%s() takes no keyword arguments", fname); return false; }
    if (given < min || given > max) {
        if (min == max && min == 0) rt_raise(&exc_TypeError, "%s() takes no arguments (%d given)", fname, given);
        else if (min == max) rt_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", fname, given);
        else if (given < min) rt_raise(&exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", given);
        else rt_raise(&exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", given);
        return false;
    }
    return true;
}

/* Keyword-capable parameters: fills out[0..max) from positionals then keywords. */
static bool kw_args(const char *fname, Value *args, int nargs, Value kwnames, int max,
                    const char *const *kw, Value *out) {
    int given = nargs - 1;
    if (given > max) {
        rt_raise(&exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, max == 1 ? "" : "s", given);
        return false;
    }
    for (int i = 0; i < max; i++) out[i] = i < given ? args[i + 1] : NIL;
    size_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t k = 0; k < nk; k++) {
        const char *name = str_cstr(TUPLE_ITEMS(kwnames)[k]);
        int j = -1;
        for (int i = 0; i < max; i++) if (!strcmp(kw[i], name)) j = i;
        if (j < 0) { rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", name, fname); return false; }
        out[j] = args[nargs + (int)k];
    }
    return true;
}

static bool need_buf(Value v, const char **d, size_t *n) {
    if (bytes_buffer(v, d, n)) return true;
    rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

/* A sub argument of find/count/index: bytes-like or an int byte. */
static bool sub_arg(Value v, const char **d, size_t *n, char *one) {
    if (bytes_buffer(v, d, n)) return true;
    if (IS_SMALL(v) || TYPE(v)->index) {
        int c;
        if (!byte_value(v, &c)) return false;
        *one = (char)c;
        *d = one;
        *n = 1;
        return true;
    }
    rt_raise(&exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
    return false;
}

static bool range_args(size_t n, Value vs, Value ve, size_t *a, size_t *b) {
    intptr_t st = 0, en = (intptr_t)n;
    if (vs && vs != NONE) {
        if (!IS_SMALL(vs) && !TYPE(vs)->index) goto bad;
        if (!str_as_index(vs, &st, IDX_CLAMP)) return false;
    }
    if (ve && ve != NONE) {
        if (!IS_SMALL(ve) && !TYPE(ve)->index) goto bad;
        if (!str_as_index(ve, &en, IDX_CLAMP)) return false;
    }
    if (st < 0) { st += (intptr_t)n; if (st < 0) st = 0; }
    if (en < 0) { en += (intptr_t)n; if (en < 0) en = 0; }
    if (en > (intptr_t)n) en = (intptr_t)n;
    *a = (size_t)st;
    *b = (size_t)en;
    return true;
bad:
    rt_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

static const char *rmem(const char *h, size_t hl, const char *nd, size_t nl) {
    if (nl > hl) return NULL;
    if (nl == 0) return h + hl;
    for (const char *p = h + hl - nl;; p--) {
        if (memcmp(p, nd, nl) == 0) return p;
        if (p == h) break;
    }
    return NULL;
}

/* ---------- methods ---------- */

static Value m_decode(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"encoding", "errors"};
    Value a[2];
    if (!kw_args("decode", args, nargs, kwnames, 2, kw, a)) return NIL;
    if (a[0] && !str_check(a[0])) return rt_raise(&exc_TypeError, "decode() argument 'encoding' must be str, not %s", type_name(a[0]));
    if (a[1] && !str_check(a[1])) return rt_raise(&exc_TypeError, "decode() argument 'errors' must be str, not %s", type_name(a[1]));
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    return bytes_decode(d, n, a[0] ? str_cstr(a[0]) : "utf-8", a[1] ? str_cstr(a[1]) : "strict");
}

static Value m_hex(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (!kw_args("hex", args, nargs, kwnames, 2, kw, a)) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    const char *sep = NULL;
    size_t sepn = 0;
    intptr_t per = 1;
    if (a[0]) {
        if (str_check(a[0])) { sep = str_cstr(a[0]); sepn = str_len(a[0]); }
        else if (!bytes_buffer(a[0], &sep, &sepn)) return rt_raise(&exc_TypeError, "sep must be str or bytes.");
        if (sepn != 1) return rt_raise(&exc_ValueError, "sep must be length 1.");
    }
    if (a[1] && !str_as_index(a[1], &per, IDX_SSIZE)) return NIL;
    StrBuf b;
    sb_init(&b);
    size_t group = (size_t)(per < 0 ? -per : per);
    for (size_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool cut = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
            if (cut) sb_add(&b, sep, 1);
        }
        sb_printf(&b, "%02x", (unsigned char)d[i]);
    }
    return sb_finish(&b);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value m_fromhex(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("fromhex", nargs, kwnames, 1, 1)) return NIL;
    if (!str_check(args[1])) return rt_raise(&exc_TypeError, "fromhex() argument must be str, not %s", type_name(args[1]));
    const char *s = str_cstr(args[1]);
    size_t n = str_len(args[1]), i = 0;
    StrBuf b;
    sb_init(&b);
    for (;;) {
        while (i < n && (s[i] == ' ' || (s[i] >= 9 && s[i] <= 13))) i++;
        if (i >= n) break;
        int h = hexval(s[i]);
        if (h < 0) return rt_raise(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i);
        if (i + 1 >= n || hexval(s[i + 1]) < 0)
            return rt_raise(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
        sb_addc(&b, (char)(h * 16 + hexval(s[i + 1])));
        i += 2;
    }
    Type *t = (Type *)args[0];
    if (t == &type_bytearray || type_is_subtype(t, &type_bytearray)) return bytearray_new(b.p, b.len);
    Value r = bytes_new(b.p, b.len);
    if (t != &type_bytes) return rt_call1(OBJ_VAL(t), r);
    return r;
}

static Value m_join(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("join", nargs, kwnames, 1, 1)) return NIL;
    const char *sep, *d;
    size_t sepn, n;
    self_buf(args[0], &sep, &sepn);
    Value it = rt_iter(args[1]);
    if (!it && rt_exc_matches(&exc_TypeError))
        return rt_raise(&exc_TypeError, "can only join an iterable");
    Value l = it ? rt_list_from_iter(it) : NIL;
    if (!l) return NIL;
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < LIST_LEN(l); i++) {
        if (!bytes_buffer(LIST_ITEMS(l)[i], &d, &n))
            return rt_raise(&exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i, type_name(LIST_ITEMS(l)[i]));
        if (i) sb_add(&b, sep, sepn);
        sb_add(&b, d, n);
    }
    return mk(args[0], b.p, b.len);
}

static bool b_isspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static Value split_common(Value *args, int nargs, Value kwnames, bool rev) {
    static const char *const kw[] = {"sep", "maxsplit"};
    Value a[2];
    const char *fname = rev ? "rsplit" : "split";
    if (!kw_args(fname, args, nargs, kwnames, 2, kw, a)) return NIL;
    Value self = args[0];
    const char *d;
    size_t n;
    self_buf(self, &d, &n);
    intptr_t maxsplit = -1;
    if (a[1] && !str_as_index(a[1], &maxsplit, IDX_SSIZE)) return NIL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    Value list = list_new(0), parts = list_new(0);
    if (!a[0] || a[0] == NONE) {
        if (!rev) {
            size_t i = 0;
            for (;;) {
                while (i < n && b_isspace((unsigned char)d[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    list_append(list, mk(self, d + i, n - i));
                    break;
                }
                size_t w = i;
                while (i < n && !b_isspace((unsigned char)d[i])) i++;
                list_append(list, mk(self, d + w, i - w));
            }
            return list;
        }
        size_t i = n;
        for (;;) {
            while (i > 0 && b_isspace((unsigned char)d[i - 1])) i--;
            if (i == 0) break;
            if (maxsplit-- == 0) {
                list_append(parts, mk(self, d, i));
                break;
            }
            size_t w = i;
            while (i > 0 && !b_isspace((unsigned char)d[i - 1])) i--;
            list_append(parts, mk(self, d + i, w - i));
        }
    } else {
        const char *sep;
        size_t sn;
        if (!need_buf(a[0], &sep, &sn)) return NIL;
        if (sn == 0) return rt_raise(&exc_ValueError, "empty separator");
        if (!rev) {
            const char *p = d, *e = d + n;
            while (maxsplit-- > 0) {
                const char *r = memmem(p, (size_t)(e - p), sep, sn);
                if (!r) break;
                list_append(list, mk(self, p, (size_t)(r - p)));
                p = r + sn;
            }
            list_append(list, mk(self, p, (size_t)(e - p)));
            return list;
        }
        size_t e = n;
        while (maxsplit-- > 0) {
            const char *r = rmem(d, e, sep, sn);
            if (!r) break;
            list_append(parts, mk(self, r + sn, e - (size_t)(r - d) - sn));
            e = (size_t)(r - d);
        }
        list_append(parts, mk(self, d, e));
    }
    size_t pn = LIST_LEN(parts);
    for (size_t k = 0; k < pn; k++) list_append(list, LIST_ITEMS(parts)[pn - 1 - k]);
    return list;
}
static Value m_split(Value *a, int n, Value k) { return split_common(a, n, k, false); }
static Value m_rsplit(Value *a, int n, Value k) { return split_common(a, n, k, true); }

static Value strip_common(const char *fname, Value *args, int nargs, Value kwnames, bool left, bool right) {
    if (!nargs_check(fname, nargs, kwnames, 0, 1)) return NIL;
    const char *d, *chars = NULL;
    size_t n, cn = 0;
    self_buf(args[0], &d, &n);
    if (nargs > 1 && args[1] != NONE && !need_buf(args[1], &chars, &cn)) return NIL;
    size_t i = 0, j = n;
#define STRIPPABLE(c) (chars ? memchr(chars, (c), cn) != NULL : b_isspace((unsigned char)(c)))
    if (left) while (i < j && STRIPPABLE(d[i])) i++;
    if (right) while (j > i && STRIPPABLE(d[j - 1])) j--;
#undef STRIPPABLE
    return mk(args[0], d + i, j - i);
}
static Value m_strip(Value *a, int n, Value k) { return strip_common("strip", a, n, k, true, true); }
static Value m_lstrip(Value *a, int n, Value k) { return strip_common("lstrip", a, n, k, true, false); }
static Value m_rstrip(Value *a, int n, Value k) { return strip_common("rstrip", a, n, k, false, true); }

static Value startsend(const char *fname, Value *args, int nargs, Value kwnames, bool end) {
    if (!nargs_check(fname, nargs, kwnames, 1, 3)) return NIL;
    const char *d;
    size_t n, st, en;
    self_buf(args[0], &d, &n);
    if (!range_args(n, nargs > 2 ? args[2] : NIL, nargs > 3 ? args[3] : NIL, &st, &en)) return NIL;
    Value x = args[1];
    Value *items = &args[1];
    size_t cnt = 1;
    const char *pd;
    size_t pn;
    if (tuple_check(x)) { items = TUPLE_ITEMS(x); cnt = TUPLE_LEN(x); }
    else if (!bytes_buffer(x, &pd, &pn))
        return rt_raise(&exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname, type_name(x));
    for (size_t i = 0; i < cnt; i++) {
        if (!bytes_buffer(items[i], &pd, &pn))
            return rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(items[i]));
        if (st > n || en < st || en - st < pn) continue;
        size_t off = end ? en - pn : st;
        if (pn == 0 || memcmp(d + off, pd, pn) == 0) return TRUE_V;
    }
    return FALSE_V;
}
static Value m_startswith(Value *a, int n, Value k) { return startsend("startswith", a, n, k, false); }
static Value m_endswith(Value *a, int n, Value k) { return startsend("endswith", a, n, k, true); }

static Value find_common(const char *fname, Value *args, int nargs, Value kwnames, bool rev, bool raise, bool count) {
    if (!nargs_check(fname, nargs, kwnames, 1, 3)) return NIL;
    const char *d, *s;
    size_t n, sn, st, en;
    char one;
    self_buf(args[0], &d, &n);
    if (!sub_arg(args[1], &s, &sn, &one)) return NIL;
    if (!range_args(n, nargs > 2 ? args[2] : NIL, nargs > 3 ? args[3] : NIL, &st, &en)) return NIL;
    if (count) {
        if (st > n || en < st) return MK_SMALL(0);
        if (sn == 0) return MK_SMALL((intptr_t)(en - st + 1));
        intptr_t c = 0;
        const char *p = d + st, *e = d + en;
        while ((size_t)(e - p) >= sn) {
            const char *r = memmem(p, (size_t)(e - p), s, sn);
            if (!r) break;
            c++;
            p = r + sn;
        }
        return MK_SMALL(c);
    }
    intptr_t r = -1;
    if (st <= n && en >= st) {
        const char *hit = rev ? rmem(d + st, en - st, s, sn) : (sn == 0 ? d + st : memmem(d + st, en - st, s, sn));
        if (hit) r = hit - d;
    }
    if (r < 0 && raise) return rt_raise(&exc_ValueError, "subsection not found");
    return MK_SMALL(r);
}
static Value m_find(Value *a, int n, Value k) { return find_common("find", a, n, k, false, false, false); }
static Value m_rfind(Value *a, int n, Value k) { return find_common("rfind", a, n, k, true, false, false); }
static Value m_index(Value *a, int n, Value k) { return find_common("index", a, n, k, false, true, false); }
static Value m_rindex(Value *a, int n, Value k) { return find_common("rindex", a, n, k, true, true, false); }
static Value m_count(Value *a, int n, Value k) { return find_common("count", a, n, k, false, false, true); }

static Value m_replace(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("replace", nargs, kwnames, 2, 3)) return NIL;
    const char *d, *o, *w;
    size_t n, on, wn;
    self_buf(args[0], &d, &n);
    if (!need_buf(args[1], &o, &on) || !need_buf(args[2], &w, &wn)) return NIL;
    intptr_t count = -1;
    if (nargs > 3 && !str_as_index(args[3], &count, IDX_SSIZE)) return NIL;
    if (count < 0) count = INTPTR_MAX;
    StrBuf b;
    sb_init(&b);
    const char *p = d, *e = d + n;
    if (on == 0) {
        while (count > 0) {
            sb_add(&b, w, wn);
            count--;
            if (p >= e) break;
            sb_addc(&b, *p++);
        }
        sb_add(&b, p, (size_t)(e - p));
        return mk(args[0], b.p, b.len);
    }
    while (count > 0) {
        const char *r = memmem(p, (size_t)(e - p), o, on);
        if (!r) break;
        sb_add(&b, p, (size_t)(r - p));
        sb_add(&b, w, wn);
        p = r + on;
        count--;
    }
    sb_add(&b, p, (size_t)(e - p));
    return mk(args[0], b.p, b.len);
}

static Value partition_common(const char *fname, Value *args, int nargs, Value kwnames, bool rev) {
    if (!nargs_check(fname, nargs, kwnames, 1, 1)) return NIL;
    const char *d, *s;
    size_t n, sn;
    self_buf(args[0], &d, &n);
    if (!need_buf(args[1], &s, &sn)) return NIL;
    if (sn == 0) return rt_raise(&exc_ValueError, "empty separator");
    const char *r = rev ? rmem(d, n, s, sn) : memmem(d, n, s, sn);
    Value self = args[0];
    if (!r) {
        if (rev) return tuple_pack(3, mk(self, "", 0), mk(self, "", 0), mk(self, d, n));
        return tuple_pack(3, mk(self, d, n), mk(self, "", 0), mk(self, "", 0));
    }
    size_t o = (size_t)(r - d);
    return tuple_pack(3, mk(self, d, o), mk(self, s, sn), mk(self, d + o + sn, n - o - sn));
}
static Value m_partition(Value *a, int n, Value k) { return partition_common("partition", a, n, k, false); }
static Value m_rpartition(Value *a, int n, Value k) { return partition_common("rpartition", a, n, k, true); }

static Value m_splitlines(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"keepends"};
    Value a[1];
    if (!kw_args("splitlines", args, nargs, kwnames, 1, kw, a)) return NIL;
    int keep = 0;
    if (a[0] && (keep = rt_truthy(a[0])) < 0) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    Value list = list_new(0);
    size_t i = 0;
    while (i < n) {
        size_t s = i;
        while (i < n && d[i] != '\n' && d[i] != '\r') i++;
        size_t le = i;
        if (i < n) { if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') i += 2; else i++; }
        list_append(list, mk(args[0], d + s, (keep ? i : le) - s));
    }
    return list;
}

enum { B_UPPER, B_LOWER, B_SWAP, B_TITLE, B_CAP };
static Value recase(const char *fname, Value *args, int nargs, Value kwnames, int mode) {
    if (!nargs_check(fname, nargs, kwnames, 0, 0)) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    char *o = GC_MALLOC_ATOMIC(n + 1);
    if (!o) return rt_raise_nomem();
    bool prev = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (mode) {
        case B_UPPER: if (lo) c -= 32; break;
        case B_LOWER: if (up) c += 32; break;
        case B_SWAP: if (lo) c -= 32; else if (up) c += 32; break;
        case B_TITLE: if (prev && up) c += 32; else if (!prev && lo) c -= 32; break;
        case B_CAP: if (i == 0 && lo) c -= 32; else if (i && up) c += 32; break;
        }
        prev = up || lo;
        o[i] = c;
    }
    return mk(args[0], o, n);
}
static Value m_upper(Value *a, int n, Value k) { return recase("upper", a, n, k, B_UPPER); }
static Value m_lower(Value *a, int n, Value k) { return recase("lower", a, n, k, B_LOWER); }
static Value m_swapcase(Value *a, int n, Value k) { return recase("swapcase", a, n, k, B_SWAP); }
static Value m_title(Value *a, int n, Value k) { return recase("title", a, n, k, B_TITLE); }
static Value m_capitalize(Value *a, int n, Value k) { return recase("capitalize", a, n, k, B_CAP); }

static bool c_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool c_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static bool c_alnum(unsigned char c) { return c_digit(c) || c_alpha(c); }
static bool c_space(unsigned char c) { return b_isspace(c); }
static bool c_ascii(unsigned char c) { return c < 0x80; }

static Value all_of(const char *fname, Value *args, int nargs, Value kwnames, bool (*f)(unsigned char), bool empty) {
    if (!nargs_check(fname, nargs, kwnames, 0, 0)) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    if (n == 0) return BOOL(empty);
    for (size_t i = 0; i < n; i++) if (!f((unsigned char)d[i])) return FALSE_V;
    return TRUE_V;
}
static Value m_isdigit(Value *a, int n, Value k) { return all_of("isdigit", a, n, k, c_digit, false); }
static Value m_isalpha(Value *a, int n, Value k) { return all_of("isalpha", a, n, k, c_alpha, false); }
static Value m_isalnum(Value *a, int n, Value k) { return all_of("isalnum", a, n, k, c_alnum, false); }
static Value m_isspace(Value *a, int n, Value k) { return all_of("isspace", a, n, k, c_space, false); }
static Value m_isascii(Value *a, int n, Value k) { return all_of("isascii", a, n, k, c_ascii, true); }

static Value case_pred(const char *fname, Value *args, int nargs, Value kwnames, bool upper) {
    if (!nargs_check(fname, nargs, kwnames, 0, 0)) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if (upper ? lo : up) return FALSE_V;
        if (upper ? up : lo) cased = true;
    }
    return BOOL(cased);
}
static Value m_isupper(Value *a, int n, Value k) { return case_pred("isupper", a, n, k, true); }
static Value m_islower(Value *a, int n, Value k) { return case_pred("islower", a, n, k, false); }

static Value m_istitle(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("istitle", nargs, kwnames, 0, 0)) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if (up) { if (prev_cased) return FALSE_V; prev_cased = cased = true; }
        else if (lo) { if (!prev_cased) return FALSE_V; prev_cased = cased = true; }
        else prev_cased = false;
    }
    return BOOL(cased);
}

static Value m_zfill(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("zfill", nargs, kwnames, 1, 1)) return NIL;
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    intptr_t w;
    if (!str_as_index(args[1], &w, IDX_SSIZE)) return NIL;
    if (w <= (intptr_t)n) return mk(args[0], d, n);
    size_t fill = (size_t)w - n;
    char *o = GC_MALLOC_ATOMIC((size_t)w + 1);
    if (!o) return rt_raise_nomem();
    memset(o, '0', fill);
    memcpy(o + fill, d, n);
    if (n && (d[0] == '+' || d[0] == '-')) { o[0] = d[0]; o[fill] = '0'; }
    return mk(args[0], o, (size_t)w);
}

static Value m_expandtabs(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"tabsize"};
    Value a[1] = {NIL};
    int given = nargs - 1, nk = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    if (given > 1) return rt_raise(&exc_TypeError, "expandtabs() takes at most 1 argument (%d given)", given + nk);
    if (given == 1) a[0] = args[1];
    for (int i = 0; i < nk; i++) {
        if (strcmp(str_cstr(TUPLE_ITEMS(kwnames)[i]), kw[0]) != 0 || a[0])
            return rt_raise(&exc_TypeError, "expandtabs() got an unexpected keyword argument '%s'", str_cstr(TUPLE_ITEMS(kwnames)[i]));
        a[0] = args[nargs + i];
    }
    intptr_t tab = 8;
    if (a[0] && !str_as_index(a[0], &tab, IDX_SSIZE)) return NIL;
    if (tab > INT_MAX || tab < INT_MIN) return rt_raise(&exc_OverflowError, "Python int too large to convert to C int");
    const char *d;
    size_t n;
    self_buf(args[0], &d, &n);
    StrBuf b;
    sb_init(&b);
    intptr_t col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                if (!sb_reserve(&b, (size_t)k)) return NIL;
                memset(b.p + b.len, ' ', (size_t)k);
                b.len += (size_t)k;
                col += k;
            }
        } else {
            sb_addc(&b, d[i]);
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    if (b.failed) return rt_raise_nomem();
    return mk(args[0], b.p, b.len);
}

/* bytes.maketrans(frm, to): the identity table with frm's bytes mapped to to's. */
static Value m_maketrans(Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "maketrans() takes no keyword arguments");
    if (nargs != 2) return rt_raise(&exc_TypeError, "maketrans expected 2 arguments, got %d", nargs);
    const char *f, *t;
    size_t fn, tn;
    if (!need_buf(args[0], &f, &fn) || !need_buf(args[1], &t, &tn)) return NIL;
    if (fn != tn) return rt_raise(&exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++) table[i] = (char)i;
    for (size_t i = 0; i < fn; i++) table[(unsigned char)f[i]] = t[i];
    return bytes_new(table, 256);
}

static Value m_translate(Value *args, int nargs, Value kwnames) {
    Value table = NIL, del = NIL;
    int given = nargs - 1, nk = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    if (given < 1 && nk == 0) return rt_raise(&exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (given > 2) return rt_raise(&exc_TypeError, "translate() takes at most 2 arguments (%d given)", given);
    table = args[1];
    if (given == 2) del = args[2];
    for (int i = 0; i < nk; i++) {
        if (strcmp(str_cstr(TUPLE_ITEMS(kwnames)[i]), "delete") != 0 || del)
            return rt_raise(&exc_TypeError, "translate() got an unexpected keyword argument '%s'", str_cstr(TUPLE_ITEMS(kwnames)[i]));
        del = args[nargs + i];
    }
    const char *tb = NULL, *dl = "", *d;
    size_t tn = 0, dn = 0, n;
    if (table != NONE) {
        if (!need_buf(table, &tb, &tn)) return NIL;
        if (tn != 256) return rt_raise(&exc_ValueError, "translation table must be 256 characters long");
    }
    if (del && !need_buf(del, &dl, &dn)) return NIL;
    bool drop[256] = {false};
    for (size_t i = 0; i < dn; i++) drop[(unsigned char)dl[i]] = true;
    self_buf(args[0], &d, &n);
    char *o = GC_MALLOC_ATOMIC(n + 1);
    if (!o) return rt_raise_nomem();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (!drop[c]) o[k++] = tb ? tb[c] : (char)c;
    }
    return mk(args[0], o, k);
}

static Value justify(const char *fname, Value *args, int nargs, Value kwnames, int mode) {
    if (!nargs_check(fname, nargs, kwnames, 1, 2)) return NIL;
    const char *d, *f = " ";
    size_t n, fn = 1;
    self_buf(args[0], &d, &n);
    intptr_t w;
    if (!str_as_index(args[1], &w, IDX_SSIZE)) return NIL;
    if (nargs > 2) {
        if (!bytes_buffer(args[2], &f, &fn) || fn != 1)
            return rt_raise(&exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname, type_name(args[2]));
    }
    if (w <= (intptr_t)n) return mk(args[0], d, n);
    size_t marg = (size_t)w - n, left = mode == 1 ? marg : mode == 0 ? 0 : marg / 2 + (marg & (size_t)w & 1);
    char *o = GC_MALLOC_ATOMIC((size_t)w + 1);
    if (!o) return rt_raise_nomem();
    memset(o, f[0], (size_t)w);
    memcpy(o + left, d, n);
    return mk(args[0], o, (size_t)w);
}
static Value m_ljust(Value *a, int n, Value k) { return justify("ljust", a, n, k, 0); }
static Value m_rjust(Value *a, int n, Value k) { return justify("rjust", a, n, k, 1); }
static Value m_center(Value *a, int n, Value k) { return justify("center", a, n, k, 2); }

static Value affix(const char *fname, Value *args, int nargs, Value kwnames, bool suffix) {
    if (!nargs_check(fname, nargs, kwnames, 1, 1)) return NIL;
    const char *d, *x;
    size_t n, xn;
    self_buf(args[0], &d, &n);
    if (!need_buf(args[1], &x, &xn)) return NIL;
    if (xn && xn <= n) {
        if (!suffix && memcmp(d, x, xn) == 0) return mk(args[0], d + xn, n - xn);
        if (suffix && memcmp(d + n - xn, x, xn) == 0) return mk(args[0], d, n - xn);
    }
    return mk(args[0], d, n);
}
static Value m_removeprefix(Value *a, int n, Value k) { return affix("removeprefix", a, n, k, false); }
static Value m_removesuffix(Value *a, int n, Value k) { return affix("removesuffix", a, n, k, true); }

static Value m_getnewargs(Value *args, int nargs, Value kwnames) {
    return tuple_pack(1, bytes_new(((BytesObj *)args[0])->data, ((BytesObj *)args[0])->len));
}

/* ---------- bytearray mutation ---------- */

static Value ba_append(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("append", nargs, kwnames, 1, 1)) return NIL;
    int c;
    if (!byte_value(args[1], &c)) return NIL;
    ByteArrayObj *b = ba(args[0]);
    if (!ba_reserve(b, b->len + 1)) return NIL;
    b->data[b->len++] = (char)c;
    b->data[b->len] = 0;
    return NONE;
}

static bool ba_extend_with(Value self, Value it) {
    const char *d;
    size_t n;
    StrBuf tmp;
    if (!bytes_buffer(it, &d, &n)) {
        if (str_check(it)) { rt_raise(&exc_TypeError, "expected iterable of integers; got: 'str'"); return false; }
        if (!TYPE(it)->iter && !TYPE(it)->getitem) {
            rt_raise(&exc_TypeError, "can't extend bytearray with %s", type_name(it));
            return false;
        }
        sb_init(&tmp);
        if (!collect_ints(it, &tmp, false)) return false;
        d = tmp.p;
        n = tmp.len;
    }
    ByteArrayObj *b = ba(self);
    if (!ba_reserve(b, b->len + n)) return false;
    memmove(b->data + b->len, d, n);
    b->len += n;
    b->data[b->len] = 0;
    return true;
}

static Value ba_extend(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("extend", nargs, kwnames, 1, 1)) return NIL;
    return ba_extend_with(args[0], args[1]) ? NONE : NIL;
}

static Value ba_pop(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("pop", nargs, kwnames, 0, 1)) return NIL;
    ByteArrayObj *b = ba(args[0]);
    intptr_t i = -1;
    if (nargs > 1 && !str_as_index(args[1], &i, IDX_SSIZE)) return NIL;
    if (b->len == 0) return rt_raise(&exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (intptr_t)b->len;
    if (i < 0 || i >= (intptr_t)b->len) return rt_raise(&exc_IndexError, "pop index out of range");
    int c = (unsigned char)b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->data[--b->len] = 0;
    return MK_SMALL(c);
}

static Value ba_insert(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("insert", nargs, kwnames, 2, 2)) return NIL;
    ByteArrayObj *b = ba(args[0]);
    intptr_t i;
    int c;
    if (!str_as_index(args[1], &i, IDX_SSIZE) || !byte_value(args[2], &c)) return NIL;
    intptr_t n = (intptr_t)b->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (!ba_reserve(b, b->len + 1)) return NIL;
    memmove(b->data + i + 1, b->data + i, b->len - (size_t)i);
    b->data[i] = (char)c;
    b->data[++b->len] = 0;
    return NONE;
}

static Value ba_remove(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("remove", nargs, kwnames, 1, 1)) return NIL;
    ByteArrayObj *b = ba(args[0]);
    int c;
    if (!byte_value(args[1], &c)) return NIL;
    char *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!p) return rt_raise(&exc_ValueError, "value not found in bytearray");
    size_t i = (size_t)(p - b->data);
    memmove(b->data + i, b->data + i + 1, b->len - i - 1);
    b->data[--b->len] = 0;
    return NONE;
}

static Value ba_clear(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("clear", nargs, kwnames, 0, 0)) return NIL;
    ba(args[0])->len = 0;
    ba(args[0])->data[0] = 0;
    return NONE;
}

static Value ba_copy(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("copy", nargs, kwnames, 0, 0)) return NIL;
    return bytearray_new(ba(args[0])->data, ba(args[0])->len);
}

static Value ba_reverse(Value *args, int nargs, Value kwnames) {
    if (!nargs_check("reverse", nargs, kwnames, 0, 0)) return NIL;
    ByteArrayObj *b = ba(args[0]);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) { char t = b->data[i]; b->data[i] = b->data[j - 1]; b->data[j - 1] = t; }
    return NONE;
}

static Value ba_iadd(Value self, Value other) {
    const char *d;
    size_t n;
    if (!bytes_buffer(other, &d, &n))
        return rt_raise(&exc_TypeError, "can't concat %s to %s", type_name(other), type_name(self));
    return ba_extend_with(self, other) ? self : NIL;
}

/* ba *= k repeats in place, so other references see the change. */
static Value ba_imul(Value self, Value k) {
    Value r = b_mul(self, k);
    if (!r || r == NOTIMPL) return r;
    const char *d;
    size_t n;
    bytes_buffer(r, &d, &n);
    return ba_set(self, d, n) ? self : NIL;
}

static int ba_setitem(Value self, Value key, Value v) {
    ByteArrayObj *b = ba(self);
    if (TYPE(key) == &type_slice) {
        intptr_t st, sp, step, cnt;
        if (!slice_indices(key, (intptr_t)b->len, &st, &sp, &step, &cnt)) return -1;
        const char *d;
        size_t n;
        StrBuf tmp;
        if (v == NIL) { d = ""; n = 0; }
        else if (!bytes_buffer(v, &d, &n)) {
            if (IS_SMALL(v) || str_check(v) || (!TYPE(v)->iter && !TYPE(v)->getitem)) {
                rt_raise(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            sb_init(&tmp);
            if (!collect_ints(v, &tmp, false)) return -1;
            d = tmp.p;
            n = tmp.len;
        } else {
            /* the source may be self: copy first */
            char *c = GC_MALLOC_ATOMIC(n + 1);
            if (!c) { rt_raise_nomem(); return -1; }
            memcpy(c, d, n);
            d = c;
        }
        if (step == 1) {
            if (sp < st) sp = st;
            size_t old = (size_t)(sp - st), nl = b->len - old + n;
            if (!ba_reserve(b, nl)) return -1;
            memmove(b->data + st + n, b->data + sp, b->len - (size_t)sp);
            memcpy(b->data + st, d, n);
            b->len = nl;
            b->data[nl] = 0;
            return 0;
        }
        if (v == NIL || n == 0) {
            /* extended-slice deletion (CPython also deletes on assigning b''):
             * keep the bytes not selected */
            char *keep = GC_MALLOC_ATOMIC(b->len + 1);
            if (!keep) { rt_raise_nomem(); return -1; }
            size_t k = 0;
            for (intptr_t i = 0; i < (intptr_t)b->len; i++) {
                bool del = false;
                if (step > 0) del = i >= st && i < sp && (i - st) % step == 0;
                else del = i <= st && i > sp && (st - i) % (-step) == 0;
                if (!del) keep[k++] = b->data[i];
            }
            return ba_set(self, keep, k) ? 0 : -1;
        }
        if ((intptr_t)n != cnt) {
            rt_raise(&exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %ld", n, (long)cnt);
            return -1;
        }
        for (intptr_t i = 0, j = st; i < cnt; i++, j += step) b->data[j] = d[i];
        return 0;
    }
    intptr_t i;
    if (IS_SMALL(key)) i = SMALL_VAL(key);
    else if (TYPE(key)->index) { if (!rt_index(key, &i)) return -1; }
    else {
        rt_raise(&exc_TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
        return -1;
    }
    int c = 0;
    if (v != NIL && !byte_value(v, &c)) return -1;
    if (i < 0) i += (intptr_t)b->len;
    if (i < 0 || i >= (intptr_t)b->len) { rt_raise(&exc_IndexError, "bytearray index out of range"); return -1; }
    if (v == NIL) {
        memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
        b->data[--b->len] = 0;
        return 0;
    }
    b->data[i] = (char)c;
    return 0;
}

static int ba_delitem(Value self, Value key) { return ba_setitem(self, key, NIL); }

/* ---------- constructors ---------- */

static bool ctor_args(const char *fname, Value *args, int nargs, Value kwnames, Value *a) {
    static const char *const kw[] = {"source", "encoding", "errors"};
    a[0] = a[1] = a[2] = NIL;
    if (nargs > 3) {
        rt_raise(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", fname, nargs);
        return false;
    }
    for (int i = 0; i < nargs; i++) a[i] = args[i];
    size_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t k = 0; k < nk; k++) {
        const char *name = str_cstr(TUPLE_ITEMS(kwnames)[k]);
        int j = -1;
        for (int i = 0; i < 3; i++) if (!strcmp(kw[i], name)) j = i;
        if (j < 0) { rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", name, fname); return false; }
        a[j] = args[nargs + (int)k];
    }
    if (a[1] && !str_check(a[1])) {
        rt_raise(&exc_TypeError, "%s() argument 'encoding' must be str, not %s", fname, type_name(a[1]));
        return false;
    }
    if (a[2] && !str_check(a[2])) {
        rt_raise(&exc_TypeError, "%s() argument 'errors' must be str, not %s", fname, type_name(a[2]));
        return false;
    }
    return true;
}

/* The contents for bytes(...) / bytearray(...) as a bytes object. */
static Value ctor_contents(Value *a) {
    if (!a[0]) {
        if (a[1] || a[2]) {
            rt_raise(&exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return NIL;
        }
        return bytes_new("", 0);
    }
    if (str_check(a[0])) {
        if (!a[1]) {
            if (a[2]) return rt_raise(&exc_TypeError, "string argument without an encoding");
            return rt_raise(&exc_TypeError, "string argument without an encoding");
        }
        return str_encode(a[0], str_cstr(a[1]), a[2] ? str_cstr(a[2]) : "strict");
    }
    if (a[1]) return rt_raise(&exc_TypeError, "encoding without a string argument");
    if (a[2]) return rt_raise(&exc_TypeError, "errors without a string argument");
    return bytes_from_object(a[0]);
}

static Value bytes_new_slot(Value type, Value *args, int nargs, Value kwnames) {
    Value a[3];
    if (!ctor_args("bytes", args, nargs, kwnames, a)) return NIL;
    Value r = ctor_contents(a);
    if (!r) return NIL;
    Type *t = (Type *)type;
    if (t == &type_bytes) return TYPE(r) == &type_bytes ? r : bytes_new(bytes_data(r), bytes_len(r));
    BytesObj *o = alloc_bytes(t, bytes_len(r));
    if (!o) return rt_raise_nomem();
    memcpy(o->data, bytes_data(r), bytes_len(r));
    return OBJ_VAL(o);
}

static Value bytearray_new_slot(Value type, Value *args, int nargs, Value kwnames) {
    Value v = bytearray_alloc((Type *)type);
    if (!v) return NIL;
    if (nargs == 0 && !(kwnames && TUPLE_LEN(kwnames))) return v;
    Value a[3];
    if (!ctor_args("bytearray", args, nargs, kwnames, a)) return NIL;
    Value r = ctor_contents(a);
    if (!r) return NIL;
    return ba_set(v, bytes_data(r), bytes_len(r)) ? v : NIL;
}

/* ---------- type objects ---------- */

#define COMMON_METHODS \
    {"decode", m_decode, METH_DEFAULT, NULL}, \
    {"hex", m_hex, METH_DEFAULT, NULL}, \
    {"fromhex", m_fromhex, METH_CLASS, NULL}, \
    {"join", m_join, METH_DEFAULT, NULL}, \
    {"split", m_split, METH_DEFAULT, NULL}, \
    {"rsplit", m_rsplit, METH_DEFAULT, NULL}, \
    {"strip", m_strip, METH_DEFAULT, NULL}, \
    {"lstrip", m_lstrip, METH_DEFAULT, NULL}, \
    {"rstrip", m_rstrip, METH_DEFAULT, NULL}, \
    {"startswith", m_startswith, METH_DEFAULT, NULL}, \
    {"endswith", m_endswith, METH_DEFAULT, NULL}, \
    {"find", m_find, METH_DEFAULT, NULL}, \
    {"rfind", m_rfind, METH_DEFAULT, NULL}, \
    {"index", m_index, METH_DEFAULT, NULL}, \
    {"rindex", m_rindex, METH_DEFAULT, NULL}, \
    {"count", m_count, METH_DEFAULT, NULL}, \
    {"replace", m_replace, METH_DEFAULT, NULL}, \
    {"partition", m_partition, METH_DEFAULT, NULL}, \
    {"rpartition", m_rpartition, METH_DEFAULT, NULL}, \
    {"splitlines", m_splitlines, METH_DEFAULT, NULL}, \
    {"upper", m_upper, METH_DEFAULT, NULL}, \
    {"lower", m_lower, METH_DEFAULT, NULL}, \
    {"swapcase", m_swapcase, METH_DEFAULT, NULL}, \
    {"title", m_title, METH_DEFAULT, NULL}, \
    {"capitalize", m_capitalize, METH_DEFAULT, NULL}, \
    {"isdigit", m_isdigit, METH_DEFAULT, NULL}, \
    {"isalpha", m_isalpha, METH_DEFAULT, NULL}, \
    {"isalnum", m_isalnum, METH_DEFAULT, NULL}, \
    {"isspace", m_isspace, METH_DEFAULT, NULL}, \
    {"isascii", m_isascii, METH_DEFAULT, NULL}, \
    {"isupper", m_isupper, METH_DEFAULT, NULL}, \
    {"islower", m_islower, METH_DEFAULT, NULL}, \
    {"ljust", m_ljust, METH_DEFAULT, NULL}, \
    {"rjust", m_rjust, METH_DEFAULT, NULL}, \
    {"center", m_center, METH_DEFAULT, NULL}, \
    {"removeprefix", m_removeprefix, METH_DEFAULT, NULL}, \
    {"removesuffix", m_removesuffix, METH_DEFAULT, NULL}, \
    {"istitle", m_istitle, METH_DEFAULT, NULL}, \
    {"zfill", m_zfill, METH_DEFAULT, NULL}, \
    {"expandtabs", m_expandtabs, METH_DEFAULT, NULL}, \
    {"maketrans", m_maketrans, METH_STATIC, NULL}, \
    {"translate", m_translate, METH_DEFAULT, NULL},

/* y % bytes: CPython's bytes has this slot (it never formats). */
static Value b_rmod(Value a, Value b) { return NOTIMPL; }

static Value m_bytes(Value *a, int n, Value k) {
    if (!arg_count("__bytes__", n - 1, 0, 0)) return NIL;
    if (TYPE(a[0]) == &type_bytes) return a[0];
    return bytes_new(((BytesObj *)a[0])->data, ((BytesObj *)a[0])->len);
}

static Value ba_alloc(Value *a, int n, Value k) {
    if (!arg_count("__alloc__", n - 1, 0, 0)) return NIL;
    ByteArrayObj *b = (ByteArrayObj *)a[0];
    return int_from_i64((int64_t)(b->cap > b->len ? b->cap : b->len + 1));
}

static const MethodDef bytes_methods[] = {
    COMMON_METHODS
    {"__bytes__", m_bytes, METH_DEFAULT, NULL},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef bytearray_methods[] = {
    COMMON_METHODS
    {"__alloc__", ba_alloc, METH_DEFAULT, NULL},
    {"append", ba_append, METH_DEFAULT, NULL},
    {"extend", ba_extend, METH_DEFAULT, NULL},
    {"pop", ba_pop, METH_DEFAULT, NULL},
    {"insert", ba_insert, METH_DEFAULT, NULL},
    {"remove", ba_remove, METH_DEFAULT, NULL},
    {"clear", ba_clear, METH_DEFAULT, NULL},
    {"copy", ba_copy, METH_DEFAULT, NULL},
    {"reverse", ba_reverse, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_bytes = {
    .ob = {&type_type},
    .name = "bytes",
    .size = sizeof(BytesObj),
    .flags = TF_BASETYPE,
    .methods = bytes_methods,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .len = b_len,
    .new_ = bytes_new_slot,
    .eq = b_eq, .ne = b_ne, .lt = b_lt, .le = b_le, .gt = b_gt, .ge = b_ge,
    .getitem = b_getitem,
    .contains = b_contains,
    .iter = b_iter,
    .add = b_add,
    .mul = b_mul,
    .rmul = b_mul,
    .mod = b_mod,
    .rmod = b_rmod,
};

Type type_bytearray = {
    .ob = {&type_type},
    .name = "bytearray",
    .size = sizeof(ByteArrayObj),
    .flags = TF_BASETYPE,
    .methods = bytearray_methods,
    .repr = bytearray_repr,
    .str = bytearray_repr,
    .hash = bytearray_hash,
    .len = b_len,
    .new_ = bytearray_new_slot,
    .eq = b_eq, .ne = b_ne, .lt = b_lt, .le = b_le, .gt = b_gt, .ge = b_ge,
    .getitem = b_getitem,
    .setitem = ba_setitem,
    .delitem = ba_delitem,
    .contains = b_contains,
    .iter = b_iter,
    .add = b_add,
    .iadd = ba_iadd,
    .imul = ba_imul,
    .mul = b_mul,
    .rmul = b_mul,
    .mod = b_mod,
    .rmod = b_rmod,
};

Type type_bytes_iterator = {
    .ob = {&type_type},
    .name = "bytes_iterator",
    .size = sizeof(BytesIter),
    .iter = iter_self,
    .next = bytes_iter_next,
};

Type type_bytearray_iterator = {
    .ob = {&type_type},
    .name = "bytearray_iterator",
    .size = sizeof(BytesIter),
    .iter = iter_self,
    .next = bytes_iter_next,
};

void bytes_init(void) {
    type_ready(&type_bytes);
    type_ready(&type_bytearray);
    type_ready(&type_bytes_iterator);
    type_ready(&type_bytearray_iterator);
    type_ready(&type_memoryview);
}
