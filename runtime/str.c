/* str.c — the str type: construction, interning, hashing, the slots and the
 * methods, plus the two str iterator types.
 *
 * Invariant: text is valid UTF-8 (so byte order is code-point order and a
 * byte search never matches inside a character); ascii strings index in O(1),
 * others by scanning.  Exact strs are atomic allocations; subclass instances
 * keep their __dict__ at type->dict_offset and their text after type->size.
 */
#include <string.h>
#include <utf8proc.h>
#include "str.h"
#include "bytes.h"
#include "errors.h"
#include "abstract.h"
#include "containers.h"
#include "num.h"
#include "func.h"
#include "interp.h"
#include "names.h"

Type type_str, type_str_iterator, type_str_ascii_iterator;

/* ---------- construction ---------- */

static Value empty_str;
static Value char_cache[256];

static StrObj *alloc_str(Type *t, size_t len) {
    StrObj *o;
    if (t == &type_str) {
        o = GC_MALLOC_ATOMIC(sizeof(StrObj) + len + 1);
        if (!o) return NULL;
        memset(o, 0, sizeof(StrObj));
        o->ob.type = t;
        o->data = (char *)(o + 1);
    } else {
        /* the text follows the fixed part; obj_alloc_var adds the __dict__
         * word (at the end for DICT_AT_END types) */
        size_t head = t->size > sizeof(StrObj) ? t->size : sizeof(StrObj);
        Value v = obj_alloc_var(t, head + len + 1);
        if (!v) return NULL;
        o = (StrObj *)v;
        o->data = (char *)o + head;
    }
    o->len = len;
    o->hash = -1;
    o->data[len] = 0;
    return o;
}

static size_t count_cps(const char *s, size_t len, bool *ascii) {
    size_t n = 0;
    bool a = true;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) a = false;
        if ((c & 0xC0) != 0x80) n++;
    }
    *ascii = a;
    return n;
}

static void make_caches(void);

Value str_new_known(const char *utf8, size_t len, size_t cplen, bool ascii) {
    if (!empty_str) make_caches();
    if (len == 0) return empty_str;
    if (cplen == 1 && len == 1 && char_cache[(unsigned char)utf8[0]])
        return char_cache[(unsigned char)utf8[0]];
    StrObj *o = alloc_str(&type_str, len);
    if (!o) return rt_raise_nomem();
    memcpy(o->data, utf8, len);
    o->cplen = cplen;
    o->ascii = ascii;
    return OBJ_VAL(o);
}

Value str_new(const char *utf8, size_t len) {
    bool ascii;
    size_t n = count_cps(utf8, len, &ascii);
    return str_new_known(utf8, len, n, ascii);
}

Value str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

Value str_new_subtype(Type *t, Value s) {
    if (t == &type_str) return s;
    StrObj *o = alloc_str(t, str_len(s));
    if (!o) return rt_raise_nomem();
    memcpy(o->data, str_cstr(s), str_len(s));
    o->cplen = AS_STR(s)->cplen;
    o->ascii = AS_STR(s)->ascii;
    return OBJ_VAL(o);
}

Value str_from_codepoint(uint32_t cp) {
    if (cp < 256 && char_cache[cp]) return char_cache[cp];
    StrBuf b;
    sb_init(&b);
    sb_addcp(&b, cp);
    return str_new_known(b.p, b.len, 1, cp < 0x80);
}

bool str_check(Value v) {
    Type *t = TYPE(v);
    return t == &type_str || (t->flags & TF_STR) ||
           ((t->flags & TF_HEAPTYPE) && type_is_subtype(t, &type_str));
}

static inline Value exact(Value s) {
    return TYPE(s) == &type_str ? s : str_new_known(str_cstr(s), str_len(s), AS_STR(s)->cplen, AS_STR(s)->ascii);
}

Value str_intern_value(Value s) {
    if (AS_STR(s)->interned) return s;
    s = exact(s);
    Value d = TH()->interp->interned;
    Value found = dict_get_str(d, s);
    if (found) return found;
    AS_STR(s)->interned = true;
    dict_set_str(d, s, s);
    return s;
}

Value str_intern(const char *s) { return str_intern_value(str_from_cstr(s)); }

bool str_validate_utf8(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    while (p < e) {
        unsigned c = *p;
        if (c < 0x80) { p++; continue; }
        int n;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
        else return false;
        if (e - p <= n) return false;
        for (int i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        p += n + 1;
    }
    return true;
}

/* ---------- code points ---------- */

uint32_t str_next_cp(const char **pp) {
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) { *pp += 1; return c; }
    if (c < 0xE0) { *pp += 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) { *pp += 3; return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *pp += 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

size_t str_cp_offset(Value s, size_t i) {
    StrObj *o = AS_STR(s);
    if (o->ascii) return i;
    if (i >= o->cplen) return o->len;
    const char *p = o->data;
    /* start from the nearest of: the beginning, the end, the last mark */
    size_t k = 0, off = 0;
    size_t dm = i > o->mark_cp ? i - o->mark_cp : o->mark_cp - i;
    if (dm < i && dm < o->cplen - i) { k = o->mark_cp; off = o->mark_off; }
    else if (o->cplen - i < i) { k = o->cplen; off = o->len; }
    while (k < i) { off++; while (((unsigned char)p[off] & 0xC0) == 0x80) off++; k++; }
    while (k > i) { off--; while (((unsigned char)p[off] & 0xC0) == 0x80) off--; k--; }
    o->mark_cp = i;
    o->mark_off = off;
    return off;
}

/* Code point index of byte offset off (a character boundary). */
static size_t cp_index(Value s, size_t off) {
    if (AS_STR(s)->ascii) return off;
    bool a;
    return count_cps(str_cstr(s), off, &a);
}

static uint32_t *to_cps(Value s, size_t *n) {
    size_t cnt = AS_STR(s)->cplen;
    uint32_t *a = GC_MALLOC_ATOMIC((cnt + 1) * sizeof(uint32_t));
    const char *p = str_cstr(s);
    for (size_t i = 0; i < cnt; i++) a[i] = str_next_cp(&p);
    *n = cnt;
    return a;
}

/* A str of bytes [a, b) of s. */
static Value sub_bytes(Value s, size_t a, size_t b) {
    if (a == 0 && b == str_len(s) && TYPE(s) == &type_str) return s;
    if (AS_STR(s)->ascii) return str_new_known(str_cstr(s) + a, b - a, b - a, true);
    return str_new(str_cstr(s) + a, b - a);
}

Value str_getitem_index(Value s, intptr_t i) {
    if (AS_STR(s)->ascii) return char_cache[(unsigned char)str_cstr(s)[i]];
    size_t off = str_cp_offset(s, (size_t)i);
    const char *p = str_cstr(s) + off;
    return str_from_codepoint(str_next_cp(&p));
}

/* ---------- character classes ---------- */

/* Generated from Unicode data as CPython 3.11 applies it (SpecialCasing,
 * Numeric_Type): code points utf8proc's simple properties miss. */
typedef struct CpRange { uint32_t lo, hi; } CpRange;
static const CpRange digit_extra[] = {
    {0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490}, {0x24ea, 0x24ea}, {0x24f5, 0x24fd}, {0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788}, {0x278a, 0x2792}, {0x10a40, 0x10a43}, {0x10e60, 0x10e68}, {0x11052, 0x1105a}, {0x1f100, 0x1f10a}
};
static const CpRange numeric_extra[] = {
    {0x3405, 0x3405}, {0x3483, 0x3483}, {0x382a, 0x382a}, {0x3b4d, 0x3b4d}, {0x4e00, 0x4e00}, {0x4e03, 0x4e03},
    {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c}, {0x4e94, 0x4e94}, {0x4e96, 0x4e96},
    {0x4ebf, 0x4ec0}, {0x4edf, 0x4edf}, {0x4ee8, 0x4ee8}, {0x4f0d, 0x4f0d}, {0x4f70, 0x4f70}, {0x5104, 0x5104},
    {0x5146, 0x5146}, {0x5169, 0x5169}, {0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5345},
    {0x534c, 0x534c}, {0x53c1, 0x53c4}, {0x56db, 0x56db}, {0x58f1, 0x58f1}, {0x58f9, 0x58f9}, {0x5e7a, 0x5e7a},
    {0x5efe, 0x5eff}, {0x5f0c, 0x5f0e}, {0x5f10, 0x5f10}, {0x62fe, 0x62fe}, {0x634c, 0x634c}, {0x67d2, 0x67d2},
    {0x6f06, 0x6f06}, {0x7396, 0x7396}, {0x767e, 0x767e}, {0x8086, 0x8086}, {0x842c, 0x842c}, {0x8cae, 0x8cae},
    {0x8cb3, 0x8cb3}, {0x8d30, 0x8d30}, {0x9621, 0x9621}, {0x9646, 0x9646}, {0x964c, 0x964c}, {0x9678, 0x9678},
    {0x96f6, 0x96f6}, {0xf96b, 0xf96b}, {0xf973, 0xf973}, {0xf978, 0xf978}, {0xf9b2, 0xf9b2}, {0xf9d1, 0xf9d1},
    {0xf9d3, 0xf9d3}, {0xf9fd, 0xf9fd}, {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200e2, 0x200e2}, {0x20121, 0x20121},
    {0x2092a, 0x2092a}, {0x20983, 0x20983}, {0x2098c, 0x2098c}, {0x2099c, 0x2099c}, {0x20aea, 0x20aea}, {0x20afd, 0x20afd},
    {0x20b19, 0x20b19}, {0x22390, 0x22390}, {0x22998, 0x22998}, {0x23b1b, 0x23b1b}, {0x2626d, 0x2626d}, {0x2f890, 0x2f890},
};
typedef struct SpecialCase { uint32_t cp; const char *upper, *title; } SpecialCase;
static const SpecialCase special_case[] = {
    {0xdf, "\x53\x53", "\x53\x73"},
    {0x149, "\xca\xbc\x4e", "\xca\xbc\x4e"},
    {0x1f0, "\x4a\xcc\x8c", "\x4a\xcc\x8c"},
    {0x390, "\xce\x99\xcc\x88\xcc\x81", "\xce\x99\xcc\x88\xcc\x81"},
    {0x3b0, "\xce\xa5\xcc\x88\xcc\x81", "\xce\xa5\xcc\x88\xcc\x81"},
    {0x587, "\xd4\xb5\xd5\x92", "\xd4\xb5\xd6\x82"},
    {0x1e96, "\x48\xcc\xb1", "\x48\xcc\xb1"},
    {0x1e97, "\x54\xcc\x88", "\x54\xcc\x88"},
    {0x1e98, "\x57\xcc\x8a", "\x57\xcc\x8a"},
    {0x1e99, "\x59\xcc\x8a", "\x59\xcc\x8a"},
    {0x1e9a, "\x41\xca\xbe", "\x41\xca\xbe"},
    {0x1f50, "\xce\xa5\xcc\x93", "\xce\xa5\xcc\x93"},
    {0x1f52, "\xce\xa5\xcc\x93\xcc\x80", "\xce\xa5\xcc\x93\xcc\x80"},
    {0x1f54, "\xce\xa5\xcc\x93\xcc\x81", "\xce\xa5\xcc\x93\xcc\x81"},
    {0x1f56, "\xce\xa5\xcc\x93\xcd\x82", "\xce\xa5\xcc\x93\xcd\x82"},
    {0x1f80, "\xe1\xbc\x88\xce\x99", "\xe1\xbe\x88"},
    {0x1f81, "\xe1\xbc\x89\xce\x99", "\xe1\xbe\x89"},
    {0x1f82, "\xe1\xbc\x8a\xce\x99", "\xe1\xbe\x8a"},
    {0x1f83, "\xe1\xbc\x8b\xce\x99", "\xe1\xbe\x8b"},
    {0x1f84, "\xe1\xbc\x8c\xce\x99", "\xe1\xbe\x8c"},
    {0x1f85, "\xe1\xbc\x8d\xce\x99", "\xe1\xbe\x8d"},
    {0x1f86, "\xe1\xbc\x8e\xce\x99", "\xe1\xbe\x8e"},
    {0x1f87, "\xe1\xbc\x8f\xce\x99", "\xe1\xbe\x8f"},
    {0x1f88, "\xe1\xbc\x88\xce\x99", "\xe1\xbe\x88"},
    {0x1f89, "\xe1\xbc\x89\xce\x99", "\xe1\xbe\x89"},
    {0x1f8a, "\xe1\xbc\x8a\xce\x99", "\xe1\xbe\x8a"},
    {0x1f8b, "\xe1\xbc\x8b\xce\x99", "\xe1\xbe\x8b"},
    {0x1f8c, "\xe1\xbc\x8c\xce\x99", "\xe1\xbe\x8c"},
    {0x1f8d, "\xe1\xbc\x8d\xce\x99", "\xe1\xbe\x8d"},
    {0x1f8e, "\xe1\xbc\x8e\xce\x99", "\xe1\xbe\x8e"},
    {0x1f8f, "\xe1\xbc\x8f\xce\x99", "\xe1\xbe\x8f"},
    {0x1f90, "\xe1\xbc\xa8\xce\x99", "\xe1\xbe\x98"},
    {0x1f91, "\xe1\xbc\xa9\xce\x99", "\xe1\xbe\x99"},
    {0x1f92, "\xe1\xbc\xaa\xce\x99", "\xe1\xbe\x9a"},
    {0x1f93, "\xe1\xbc\xab\xce\x99", "\xe1\xbe\x9b"},
    {0x1f94, "\xe1\xbc\xac\xce\x99", "\xe1\xbe\x9c"},
    {0x1f95, "\xe1\xbc\xad\xce\x99", "\xe1\xbe\x9d"},
    {0x1f96, "\xe1\xbc\xae\xce\x99", "\xe1\xbe\x9e"},
    {0x1f97, "\xe1\xbc\xaf\xce\x99", "\xe1\xbe\x9f"},
    {0x1f98, "\xe1\xbc\xa8\xce\x99", "\xe1\xbe\x98"},
    {0x1f99, "\xe1\xbc\xa9\xce\x99", "\xe1\xbe\x99"},
    {0x1f9a, "\xe1\xbc\xaa\xce\x99", "\xe1\xbe\x9a"},
    {0x1f9b, "\xe1\xbc\xab\xce\x99", "\xe1\xbe\x9b"},
    {0x1f9c, "\xe1\xbc\xac\xce\x99", "\xe1\xbe\x9c"},
    {0x1f9d, "\xe1\xbc\xad\xce\x99", "\xe1\xbe\x9d"},
    {0x1f9e, "\xe1\xbc\xae\xce\x99", "\xe1\xbe\x9e"},
    {0x1f9f, "\xe1\xbc\xaf\xce\x99", "\xe1\xbe\x9f"},
    {0x1fa0, "\xe1\xbd\xa8\xce\x99", "\xe1\xbe\xa8"},
    {0x1fa1, "\xe1\xbd\xa9\xce\x99", "\xe1\xbe\xa9"},
    {0x1fa2, "\xe1\xbd\xaa\xce\x99", "\xe1\xbe\xaa"},
    {0x1fa3, "\xe1\xbd\xab\xce\x99", "\xe1\xbe\xab"},
    {0x1fa4, "\xe1\xbd\xac\xce\x99", "\xe1\xbe\xac"},
    {0x1fa5, "\xe1\xbd\xad\xce\x99", "\xe1\xbe\xad"},
    {0x1fa6, "\xe1\xbd\xae\xce\x99", "\xe1\xbe\xae"},
    {0x1fa7, "\xe1\xbd\xaf\xce\x99", "\xe1\xbe\xaf"},
    {0x1fa8, "\xe1\xbd\xa8\xce\x99", "\xe1\xbe\xa8"},
    {0x1fa9, "\xe1\xbd\xa9\xce\x99", "\xe1\xbe\xa9"},
    {0x1faa, "\xe1\xbd\xaa\xce\x99", "\xe1\xbe\xaa"},
    {0x1fab, "\xe1\xbd\xab\xce\x99", "\xe1\xbe\xab"},
    {0x1fac, "\xe1\xbd\xac\xce\x99", "\xe1\xbe\xac"},
    {0x1fad, "\xe1\xbd\xad\xce\x99", "\xe1\xbe\xad"},
    {0x1fae, "\xe1\xbd\xae\xce\x99", "\xe1\xbe\xae"},
    {0x1faf, "\xe1\xbd\xaf\xce\x99", "\xe1\xbe\xaf"},
    {0x1fb2, "\xe1\xbe\xba\xce\x99", "\xe1\xbe\xba\xcd\x85"},
    {0x1fb3, "\xce\x91\xce\x99", "\xe1\xbe\xbc"},
    {0x1fb4, "\xce\x86\xce\x99", "\xce\x86\xcd\x85"},
    {0x1fb6, "\xce\x91\xcd\x82", "\xce\x91\xcd\x82"},
    {0x1fb7, "\xce\x91\xcd\x82\xce\x99", "\xce\x91\xcd\x82\xcd\x85"},
    {0x1fbc, "\xce\x91\xce\x99", "\xe1\xbe\xbc"},
    {0x1fc2, "\xe1\xbf\x8a\xce\x99", "\xe1\xbf\x8a\xcd\x85"},
    {0x1fc3, "\xce\x97\xce\x99", "\xe1\xbf\x8c"},
    {0x1fc4, "\xce\x89\xce\x99", "\xce\x89\xcd\x85"},
    {0x1fc6, "\xce\x97\xcd\x82", "\xce\x97\xcd\x82"},
    {0x1fc7, "\xce\x97\xcd\x82\xce\x99", "\xce\x97\xcd\x82\xcd\x85"},
    {0x1fcc, "\xce\x97\xce\x99", "\xe1\xbf\x8c"},
    {0x1fd2, "\xce\x99\xcc\x88\xcc\x80", "\xce\x99\xcc\x88\xcc\x80"},
    {0x1fd3, "\xce\x99\xcc\x88\xcc\x81", "\xce\x99\xcc\x88\xcc\x81"},
    {0x1fd6, "\xce\x99\xcd\x82", "\xce\x99\xcd\x82"},
    {0x1fd7, "\xce\x99\xcc\x88\xcd\x82", "\xce\x99\xcc\x88\xcd\x82"},
    {0x1fe2, "\xce\xa5\xcc\x88\xcc\x80", "\xce\xa5\xcc\x88\xcc\x80"},
    {0x1fe3, "\xce\xa5\xcc\x88\xcc\x81", "\xce\xa5\xcc\x88\xcc\x81"},
    {0x1fe4, "\xce\xa1\xcc\x93", "\xce\xa1\xcc\x93"},
    {0x1fe6, "\xce\xa5\xcd\x82", "\xce\xa5\xcd\x82"},
    {0x1fe7, "\xce\xa5\xcc\x88\xcd\x82", "\xce\xa5\xcc\x88\xcd\x82"},
    {0x1ff2, "\xe1\xbf\xba\xce\x99", "\xe1\xbf\xba\xcd\x85"},
    {0x1ff3, "\xce\xa9\xce\x99", "\xe1\xbf\xbc"},
    {0x1ff4, "\xce\x8f\xce\x99", "\xce\x8f\xcd\x85"},
    {0x1ff6, "\xce\xa9\xcd\x82", "\xce\xa9\xcd\x82"},
    {0x1ff7, "\xce\xa9\xcd\x82\xce\x99", "\xce\xa9\xcd\x82\xcd\x85"},
    {0x1ffc, "\xce\xa9\xce\x99", "\xe1\xbf\xbc"},
    {0xfb00, "\x46\x46", "\x46\x66"},
    {0xfb01, "\x46\x49", "\x46\x69"},
    {0xfb02, "\x46\x4c", "\x46\x6c"},
    {0xfb03, "\x46\x46\x49", "\x46\x66\x69"},
    {0xfb04, "\x46\x46\x4c", "\x46\x66\x6c"},
    {0xfb05, "\x53\x54", "\x53\x74"},
    {0xfb06, "\x53\x54", "\x53\x74"},
    {0xfb13, "\xd5\x84\xd5\x86", "\xd5\x84\xd5\xb6"},
    {0xfb14, "\xd5\x84\xd4\xb5", "\xd5\x84\xd5\xa5"},
    {0xfb15, "\xd5\x84\xd4\xbb", "\xd5\x84\xd5\xab"},
    {0xfb16, "\xd5\x8e\xd5\x86", "\xd5\x8e\xd5\xb6"},
    {0xfb17, "\xd5\x84\xd4\xbd", "\xd5\x84\xd5\xad"},
};

static bool in_ranges(uint32_t c, const CpRange *r, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid].lo) hi = mid;
        else if (c > r[mid].hi) lo = mid + 1;
        else return true;
    }
    return false;
}

static const SpecialCase *special(uint32_t c) {
    size_t lo = 0, hi = sizeof special_case / sizeof special_case[0];
    if (c < 0xDF) return NULL;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < special_case[mid].cp) hi = mid;
        else if (c > special_case[mid].cp) lo = mid + 1;
        else return &special_case[mid];
    }
    return NULL;
}

static bool cp_isspace(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool cp_islinebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
           c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static int cat(uint32_t c) { return utf8proc_category((utf8proc_int32_t)c); }

static bool cp_isalpha(uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    int k = cat(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
           k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_LO;
}

static bool cp_isdecimal(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return cat(c) == UTF8PROC_CATEGORY_ND;
}

static bool cp_isdigit(uint32_t c) {
    return cp_isdecimal(c) || (c >= 0xB2 && in_ranges(c, digit_extra, sizeof digit_extra / sizeof digit_extra[0]));
}

static bool cp_isnumeric(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    int k = cat(c);
    if (k == UTF8PROC_CATEGORY_ND || k == UTF8PROC_CATEGORY_NL || k == UTF8PROC_CATEGORY_NO) return true;
    return in_ranges(c, numeric_extra, sizeof numeric_extra / sizeof numeric_extra[0]);
}

static bool cp_isalnum(uint32_t c) { return cp_isalpha(c) || cp_isnumeric(c); }

static bool cp_islower(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z';
    return utf8proc_islower((utf8proc_int32_t)c);
}
static bool cp_isupper(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    return utf8proc_isupper((utf8proc_int32_t)c);
}
static bool cp_istitle(uint32_t c) { return c >= 128 && cat(c) == UTF8PROC_CATEGORY_LT; }
static bool cp_iscased(uint32_t c) { return cp_islower(c) || cp_isupper(c) || cp_istitle(c); }

bool str_cp_isprintable(uint32_t c) {
    if (c < 128) return c >= 0x20 && c < 0x7f;
    switch (cat(c)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

static bool cp_isidstart(uint32_t c) {
    if (c < 128) return c == '_' || cp_isalpha(c);
    /* Other_ID_Start */
    if (c == 0x1885 || c == 0x1886 || c == 0x2118 || c == 0x212E) return true;
    int k = cat(c);
    return cp_isalpha(c) || k == UTF8PROC_CATEGORY_NL;
}
static bool cp_isidcont(uint32_t c) {
    if (c < 128) return c == '_' || cp_isalpha(c) || (c >= '0' && c <= '9');
    int k = cat(c);
    /* Other_ID_Continue */
    if (c == 0xB7 || c == 0x387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA) return true;
    return cp_isidstart(c) || k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC ||
           k == UTF8PROC_CATEGORY_ND || k == UTF8PROC_CATEGORY_PC;
}

static uint32_t cp_lower(uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}
static uint32_t cp_upper(uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
}
static uint32_t cp_title(uint32_t c) {
    if (c < 128) return cp_upper(c);
    return (uint32_t)utf8proc_totitle((utf8proc_int32_t)c);
}

/* Full (one-to-many) mappings from SpecialCasing, as CPython applies them. */
static void add_upper(StrBuf *b, uint32_t c) {
    const SpecialCase *sc = special(c);
    if (sc) sb_adds(b, sc->upper);
    else sb_addcp(b, cp_upper(c));
}
static void add_title(StrBuf *b, uint32_t c) {
    const SpecialCase *sc = special(c);
    if (sc) sb_adds(b, sc->title);
    else sb_addcp(b, cp_title(c));
}
static void add_lower(StrBuf *b, uint32_t c) {
    if (c == 0x130) { sb_addc(b, 'i'); sb_addcp(b, 0x307); }
    else sb_addcp(b, cp_lower(c));
}

static void add_fold(StrBuf *b, uint32_t c) {
    utf8proc_int32_t out[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, out, 8, UTF8PROC_CASEFOLD, &last);
    if (n <= 0 || n > 8) { add_lower(b, c); return; }
    for (utf8proc_ssize_t i = 0; i < n; i++) sb_addcp(b, (uint32_t)out[i]);
}

/* ---------- hashing, comparison ---------- */

intptr_t str_hash(Value s) {
    StrObj *o = AS_STR(s);
    if (o->hash != -1) return o->hash;
    if (o->len == 0) return o->hash = 0;   /* as CPython, whatever the seed */
    uint64_t h = 0xcbf29ce484222325ULL;
    const unsigned char *p = (const unsigned char *)o->data;
    for (size_t i = 0; i < o->len; i++) { h ^= p[i]; h *= 0x100000001b3ULL; }
    h ^= h >> 29;
    intptr_t r = (intptr_t)h;
    if (r == -1) r = -2;
    o->hash = r;
    return r;
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    if (x->len != y->len) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    if (x->interned && y->interned) return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

int str_cmp(Value a, Value b) {
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c) return c < 0 ? -1 : 1;
    return x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
}

static Value s_eq(Value a, Value b) { return str_check(b) ? BOOL(str_eq(a, b)) : NOTIMPL; }
static Value s_ne(Value a, Value b) { return str_check(b) ? BOOL(!str_eq(a, b)) : NOTIMPL; }
static Value s_lt(Value a, Value b) { return str_check(b) ? BOOL(str_cmp(a, b) < 0) : NOTIMPL; }
static Value s_le(Value a, Value b) { return str_check(b) ? BOOL(str_cmp(a, b) <= 0) : NOTIMPL; }
static Value s_gt(Value a, Value b) { return str_check(b) ? BOOL(str_cmp(a, b) > 0) : NOTIMPL; }
static Value s_ge(Value a, Value b) { return str_check(b) ? BOOL(str_cmp(a, b) >= 0) : NOTIMPL; }

/* ---------- repr ---------- */

Value str_repr(Value s) {
    const char *p = str_cstr(s), *e = p + str_len(s);
    bool sq = memchr(p, '\'', str_len(s)) != NULL, dq = memchr(p, '"', str_len(s)) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, q);
    while (p < e) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            p++;
            if (c == (unsigned char)q || c == '\\') { sb_addc(&b, '\\'); sb_addc(&b, (char)c); }
            else if (c == '\n') sb_adds(&b, "\\n");
            else if (c == '\t') sb_adds(&b, "\\t");
            else if (c == '\r') sb_adds(&b, "\\r");
            else if (c < 0x20 || c == 0x7f) sb_printf(&b, "\\x%02x", c);
            else sb_addc(&b, (char)c);
            continue;
        }
        const char *start = p;
        uint32_t cp = str_next_cp(&p);
        if (str_cp_isprintable(cp)) sb_add(&b, start, (size_t)(p - start));
        else if (cp < 0x100) sb_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) sb_printf(&b, "\\u%04x", cp);
        else sb_printf(&b, "\\U%08x", cp);
    }
    sb_addc(&b, q);
    return sb_finish(&b);
}

static Value s_str(Value s) { return exact(s); }
static intptr_t s_len(Value s) { return (intptr_t)AS_STR(s)->cplen; }

/* ---------- operators ---------- */

Value str_concat(Value a, Value b) {
    size_t la = str_len(a), lb = str_len(b);
    if (lb == 0 && TYPE(a) == &type_str) return a;
    if (la == 0 && TYPE(b) == &type_str) return b;
    StrObj *o = alloc_str(&type_str, la + lb);
    if (!o) return rt_raise_nomem();
    memcpy(o->data, str_cstr(a), la);
    memcpy(o->data + la, str_cstr(b), lb);
    o->cplen = AS_STR(a)->cplen + AS_STR(b)->cplen;
    o->ascii = AS_STR(a)->ascii && AS_STR(b)->ascii;
    return OBJ_VAL(o);
}

/* A user class with its own reflected method gets its chance (NotImplemented);
 * builtin operands get CPython's sequence-protocol messages right here. */
static bool defer_to_other(Value other, bool mul) {
    Type *t = TYPE(other);
    return (t->flags & TF_HEAPTYPE) && (mul ? t->rmul != NULL : t->radd != NULL);
}

static Value s_add(Value a, Value b) {
    if (!str_check(a)) return NOTIMPL;
    if (!str_check(b)) {
        if (defer_to_other(b, false)) return NOTIMPL;
        return rt_raise(&exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    }
    return str_concat(a, b);
}

static Value repeat(Value s, Value n) {
    intptr_t k;
    if (!str_as_index(n, &k, IDX_FIT)) return NIL;
    size_t len = str_len(s);
    if (k <= 0 || len == 0) return empty_str;
    if (k == 1 && TYPE(s) == &type_str) return s;
    if ((size_t)k > (SIZE_MAX / 4) / len) return rt_raise(&exc_OverflowError, "repeated string is too long");
    StrObj *o = alloc_str(&type_str, len * (size_t)k);
    if (!o) return rt_raise_nomem();
    if (len == 1) memset(o->data, str_cstr(s)[0], (size_t)k);
    else for (intptr_t i = 0; i < k; i++) memcpy(o->data + (size_t)i * len, str_cstr(s), len);
    o->cplen = AS_STR(s)->cplen * (size_t)k;
    o->ascii = AS_STR(s)->ascii;
    return OBJ_VAL(o);
}

/* Serves __mul__ and __rmul__ whichever operand order the caller uses. */
static Value s_mul(Value a, Value b) {
    Value s = a, n = b;
    if (!str_check(s)) { s = b; n = a; }
    if (!str_check(s)) return NOTIMPL;
    if (IS_SMALL(n) || TYPE(n)->index) return repeat(s, n);
    if (defer_to_other(n, true)) return NOTIMPL;
    return rt_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
}

static Value s_mod(Value a, Value b) {
    if (!str_check(a)) return NOTIMPL;
    return str_mod(a, b);
}

static int s_contains(Value s, Value x) {
    if (!str_check(x))
        return rt_raise(&exc_TypeError, "'in <string>' requires string as left operand, not %s",
                        type_name(x)), -1;
    if (str_len(x) == 0) return 1;
    return memmem(str_cstr(s), str_len(s), str_cstr(x), str_len(x)) != NULL;
}

static Value slice_of(Value s, Value slice) {
    intptr_t start, stop, step, n;
    if (!slice_indices(slice, (intptr_t)AS_STR(s)->cplen, &start, &stop, &step, &n)) return NIL;
    if (n <= 0) return empty_str;
    if (step == 1) {
        size_t a = str_cp_offset(s, (size_t)start);
        size_t b = AS_STR(s)->ascii ? (size_t)stop : a;
        if (!AS_STR(s)->ascii) {
            const char *p = str_cstr(s) + a;
            for (intptr_t i = 0; i < n; i++) str_next_cp(&p);
            b = (size_t)(p - str_cstr(s));
        }
        if (AS_STR(s)->ascii) return sub_bytes(s, a, b);
        if (a == 0 && b == str_len(s) && TYPE(s) == &type_str) return s;
        return str_new_known(str_cstr(s) + a, b - a, (size_t)n, false);
    }
    StrBuf b;
    sb_init(&b);
    if (AS_STR(s)->ascii) {
        const char *p = str_cstr(s);
        for (intptr_t i = 0, j = start; i < n; i++, j += step) sb_addc(&b, p[j]);
        return str_new_known(b.p, b.len, b.len, true);
    }
    size_t cnt;
    uint32_t *cps = to_cps(s, &cnt);
    for (intptr_t i = 0, j = start; i < n; i++, j += step) sb_addcp(&b, cps[j]);
    return sb_finish(&b);
}

static Value s_getitem(Value s, Value key) {
    intptr_t i;
    if (IS_SMALL(key)) i = SMALL_VAL(key);
    else if (TYPE(key) == &type_slice) return slice_of(s, key);
    else if (TYPE(key)->index) { if (!rt_index(key, &i)) return NIL; }
    else return rt_raise(&exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
    intptr_t n = (intptr_t)AS_STR(s)->cplen;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return rt_raise(&exc_IndexError, "string index out of range");
    return str_getitem_index(s, i);
}

/* ---------- iterators ---------- */

typedef struct StrIter { Obj ob; Value s; size_t pos; } StrIter;

static Value s_iter(Value s) {
    StrIter *it = gc_obj(sizeof(StrIter), AS_STR(s)->ascii ? &type_str_ascii_iterator : &type_str_iterator);
    if (!it) return rt_raise_nomem();
    it->s = s;
    it->pos = 0;
    return OBJ_VAL(it);
}

static Value iter_self(Value it) { return it; }

static Value ascii_iter_next(Value v) {
    StrIter *it = (StrIter *)v;
    if (!it->s || it->pos >= str_len(it->s)) { it->s = NIL; return NIL; }
    return char_cache[(unsigned char)str_cstr(it->s)[it->pos++]];
}

static Value str_iter_next(Value v) {
    StrIter *it = (StrIter *)v;
    if (!it->s || it->pos >= str_len(it->s)) { it->s = NIL; return NIL; }
    const char *p = str_cstr(it->s) + it->pos, *q = p;
    uint32_t cp = str_next_cp(&q);
    it->pos += (size_t)(q - p);
    return str_from_codepoint(cp);
}

static Value iter_length_hint(Value *args, int nargs, Value kwnames) {
    StrIter *it = (StrIter *)args[0];
    if (!it->s) return MK_SMALL(0);
    return MK_SMALL((intptr_t)(AS_STR(it->s)->cplen - cp_index(it->s, it->pos)));
}

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---------- argument helpers ---------- */

/* Methods get self as args[0]; the caller's parameters follow.  kw lists the
 * parameter names that may be given by keyword (NULL: positional only).
 * clinic picks CPython's "f() takes at most N arguments (M given)" wording
 * over its "f expected at most N arguments, got M". */
static bool parse(const char *fname, Value *args, int nargs, Value kwnames, int min, int max,
                  const char *const *kw, bool clinic, Value *out) {
    int given = nargs - 1;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nkw && !kw) {
        rt_raise(&exc_TypeError, "str.%s() takes no keyword arguments", fname);
        return false;
    }
    if (given > max) {
        if (max == 0) rt_raise(&exc_TypeError, "str.%s() takes no arguments (%d given)", fname, given);
        else if (clinic) rt_raise(&exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, max == 1 ? "" : "s", given);
        else rt_raise(&exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", given);
        return false;
    }
    for (int i = 0; i < max; i++) out[i] = i < given ? args[i + 1] : NIL;
    for (size_t k = 0; k < nkw; k++) {
        const char *name = str_cstr(TUPLE_ITEMS(kwnames)[k]);
        int j = -1;
        for (int i = 0; i < max && kw[i]; i++) if (kw[i][0] && strcmp(kw[i], name) == 0) j = i;
        if (j < 0) {
            rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", name, fname);
            return false;
        }
        if (out[j]) {
            rt_raise(&exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, name, j + 1);
            return false;
        }
        out[j] = args[nargs + (int)k];
    }
    int have = 0;
    for (int i = 0; i < min; i++) if (out[i]) have++;
    if (have < min) {
        if (clinic) rt_raise(&exc_TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, min == 1 ? "" : "s", given);
        else rt_raise(&exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", given);
        return false;
    }
    return true;
}

bool str_as_index(Value v, intptr_t *out, int mode) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    if (!int_check(v)) {
        if (!TYPE(v)->index) {
            rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
            return false;
        }
        Value r = TYPE(v)->index(v);
        if (!r) return false;
        if (!IS_SMALL(r) && !int_check(r)) {
            rt_raise(&exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
            return false;
        }
        v = r;
        if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    }
    int64_t x;
    if (int_to_i64(v, &x)) { *out = (intptr_t)x; return true; }
    if (mode == IDX_CLAMP) { *out = int_sign(v) < 0 ? -INTPTR_MAX : INTPTR_MAX; return true; }
    if (mode == IDX_SSIZE) rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    else rt_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
}

static bool get_int(Value v, intptr_t *out) { return str_as_index(v, out, IDX_SSIZE); }

/* start/end arguments of find & co.: None or an index, clamped like a slice. */
static bool get_range(Value s, Value vs, Value ve, size_t *a, size_t *b) {
    intptr_t n = (intptr_t)AS_STR(s)->cplen, st = 0, en = n;
    if (vs && vs != NONE) {
        if (!IS_SMALL(vs) && !TYPE(vs)->index) goto bad;
        if (!str_as_index(vs, &st, IDX_CLAMP)) return false;
    }
    if (ve && ve != NONE) {
        if (!IS_SMALL(ve) && !TYPE(ve)->index) goto bad;
        if (!str_as_index(ve, &en, IDX_CLAMP)) return false;
    }
    if (st < 0) { st += n; if (st < 0) st = 0; }
    if (en < 0) { en += n; if (en < 0) en = 0; }
    if (en > n) en = n;
    *a = (size_t)st;
    *b = (size_t)en;
    if (st > n) *a = (size_t)n + 1;  /* marks an empty, out-of-range window */
    return true;
bad:
    rt_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

static bool need_str(Value v, const char *what) {
    if (str_check(v)) return true;
    if (what) rt_raise(&exc_TypeError, what, type_name(v));
    else rt_raise(&exc_TypeError, "must be str, not %s", type_name(v));
    return false;
}

/* ---------- searching ---------- */

static const char *rmemmem(const char *h, size_t hl, const char *n, size_t nl) {
    if (nl > hl) return NULL;
    if (nl == 0) return h + hl;
    for (const char *p = h + hl - nl;; p--) {
        if (*p == *n && memcmp(p, n, nl) == 0) return p;
        if (p == h) break;
    }
    return NULL;
}

/* Find sub in s[a:b] (code points); returns cp index or -1. */
static intptr_t find_in(Value s, Value sub, size_t a, size_t b, bool rev) {
    size_t n = AS_STR(s)->cplen;
    if (a > n) return -1;
    if (b < a) return -1;
    size_t oa = str_cp_offset(s, a), ob = str_cp_offset(s, b);
    const char *base = str_cstr(s);
    const char *r;
    if (rev) r = rmemmem(base + oa, ob - oa, str_cstr(sub), str_len(sub));
    else if (str_len(sub) == 0) r = base + oa;
    else r = memmem(base + oa, ob - oa, str_cstr(sub), str_len(sub));
    if (!r) return -1;
    return (intptr_t)cp_index(s, (size_t)(r - base));
}

static Value find_common(const char *fname, Value *args, int nargs, Value kwnames, bool rev, bool raise) {
    Value a[3];
    size_t st, en;
    if (!parse(fname, args, nargs, kwnames, 1, 3, NULL, true, a)) return NIL;
    if (!need_str(a[0], NULL)) return NIL;
    if (!get_range(args[0], a[1], a[2], &st, &en)) return NIL;
    intptr_t r = find_in(args[0], a[0], st, en, rev);
    if (r < 0 && raise) return rt_raise(&exc_ValueError, "substring not found");
    return MK_SMALL(r);
}

static Value m_find(Value *a, int n, Value k) { return find_common("find", a, n, k, false, false); }
static Value m_rfind(Value *a, int n, Value k) { return find_common("rfind", a, n, k, true, false); }
static Value m_index(Value *a, int n, Value k) { return find_common("index", a, n, k, false, true); }
static Value m_rindex(Value *a, int n, Value k) { return find_common("rindex", a, n, k, true, true); }

static Value m_count(Value *args, int nargs, Value kwnames) {
    Value a[3];
    size_t st, en;
    if (!parse("count", args, nargs, kwnames, 1, 3, NULL, true, a)) return NIL;
    if (!need_str(a[0], NULL)) return NIL;
    if (!get_range(args[0], a[1], a[2], &st, &en)) return NIL;
    Value s = args[0], sub = a[0];
    if (st > AS_STR(s)->cplen) return MK_SMALL(0);
    if (en < st) return MK_SMALL(0);
    if (str_len(sub) == 0) return MK_SMALL((intptr_t)(en - st + 1));
    size_t oa = str_cp_offset(s, st), ob = str_cp_offset(s, en);
    const char *p = str_cstr(s) + oa, *e = str_cstr(s) + ob;
    intptr_t cnt = 0;
    while ((size_t)(e - p) >= str_len(sub)) {
        const char *r = memmem(p, (size_t)(e - p), str_cstr(sub), str_len(sub));
        if (!r) break;
        cnt++;
        p = r + str_len(sub);
    }
    return MK_SMALL(cnt);
}

static Value startsend(const char *fname, Value *args, int nargs, Value kwnames, bool end) {
    Value a[3];
    size_t st, en;
    if (!parse(fname, args, nargs, kwnames, 1, 3, NULL, true, a)) return NIL;
    if (!get_range(args[0], a[1], a[2], &st, &en)) return NIL;
    Value s = args[0];
    Value *items = &a[0];
    size_t count = 1;
    if (tuple_check(a[0])) { items = TUPLE_ITEMS(a[0]); count = TUPLE_LEN(a[0]); }
    else if (!str_check(a[0]))
        return rt_raise(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s", fname, type_name(a[0]));
    for (size_t i = 0; i < count; i++) {
        Value p = items[i];
        if (!str_check(p))
            return rt_raise(&exc_TypeError, "tuple for %s must only contain str, not %s", fname, type_name(p));
        if (st > AS_STR(s)->cplen) continue;
        size_t plen = AS_STR(p)->cplen;
        if (en < st || en - st < plen) continue;
        size_t off = end ? str_cp_offset(s, en - plen) : str_cp_offset(s, st);
        if (off + str_len(p) <= str_len(s) && memcmp(str_cstr(s) + off, str_cstr(p), str_len(p)) == 0)
            return TRUE_V;
    }
    return FALSE_V;
}
static Value m_startswith(Value *a, int n, Value k) { return startsend("startswith", a, n, k, false); }
static Value m_endswith(Value *a, int n, Value k) { return startsend("endswith", a, n, k, true); }

/* ---------- split family ---------- */

static Value m_split_common(Value *args, int nargs, Value kwnames, bool rev) {
    static const char *const kw[] = {"sep", "maxsplit"};
    const char *fname = rev ? "rsplit" : "split";
    Value a[2];
    if (!parse(fname, args, nargs, kwnames, 0, 2, kw, true, a)) return NIL;
    Value s = args[0];
    intptr_t maxsplit = -1;
    if (a[1] && !get_int(a[1], &maxsplit)) return NIL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    Value list = list_new(0);
    const char *base = str_cstr(s);
    size_t len = str_len(s);
    if (!a[0] || a[0] == NONE) {
        if (!rev) {
            const char *p = base, *e = base + len;
            for (;;) {
                /* skip whitespace */
                while (p < e) { const char *q = p; if (!cp_isspace(str_next_cp(&q))) break; p = q; }
                if (p >= e) break;
                if (maxsplit-- == 0) {
                    const char *t = e;
                    list_append(list, sub_bytes(s, (size_t)(p - base), (size_t)(t - base)));
                    break;
                }
                const char *w = p;
                while (p < e) { const char *q = p; if (cp_isspace(str_next_cp(&q))) break; p = q; }
                list_append(list, sub_bytes(s, (size_t)(w - base), (size_t)(p - base)));
            }
        } else {
            size_t n;
            uint32_t *cps = to_cps(s, &n);
            /* work with cp indices, mapping back to byte offsets */
            intptr_t i = (intptr_t)n - 1;
            Value parts = list_new(0);
            for (;;) {
                while (i >= 0 && cp_isspace(cps[i])) i--;
                if (i < 0) break;
                if (maxsplit-- == 0) {
                    list_append(parts, sub_bytes(s, 0, str_cp_offset(s, (size_t)i + 1)));
                    break;
                }
                intptr_t endw = i + 1;
                while (i >= 0 && !cp_isspace(cps[i])) i--;
                list_append(parts, sub_bytes(s, str_cp_offset(s, (size_t)(i + 1)), str_cp_offset(s, (size_t)endw)));
            }
            size_t pn = LIST_LEN(parts);
            for (size_t k = 0; k < pn; k++) list_append(list, LIST_ITEMS(parts)[pn - 1 - k]);
        }
        return list;
    }
    if (!need_str(a[0], "must be str or None, not %s")) return NIL;
    const char *sep = str_cstr(a[0]);
    size_t sl = str_len(a[0]);
    if (sl == 0) return rt_raise(&exc_ValueError, "empty separator");
    if (!rev) {
        const char *p = base, *e = base + len;
        while (maxsplit-- > 0) {
            const char *r = memmem(p, (size_t)(e - p), sep, sl);
            if (!r) break;
            list_append(list, sub_bytes(s, (size_t)(p - base), (size_t)(r - base)));
            p = r + sl;
        }
        list_append(list, sub_bytes(s, (size_t)(p - base), len));
        return list;
    }
    Value parts = list_new(0);
    size_t e = len;
    while (maxsplit-- > 0) {
        const char *r = rmemmem(base, e, sep, sl);
        if (!r) break;
        list_append(parts, sub_bytes(s, (size_t)(r - base) + sl, e));
        e = (size_t)(r - base);
    }
    list_append(parts, sub_bytes(s, 0, e));
    size_t pn = LIST_LEN(parts);
    for (size_t k = 0; k < pn; k++) list_append(list, LIST_ITEMS(parts)[pn - 1 - k]);
    return list;
}
static Value m_split(Value *a, int n, Value k) { return m_split_common(a, n, k, false); }
static Value m_rsplit(Value *a, int n, Value k) { return m_split_common(a, n, k, true); }

static Value m_splitlines(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"keepends"};
    Value a[1];
    if (!parse("splitlines", args, nargs, kwnames, 0, 1, kw, true, a)) return NIL;
    int keep = 0;
    if (a[0] && (keep = rt_truthy(a[0])) < 0) return NIL;
    Value s = args[0], list = list_new(0);
    const char *base = str_cstr(s), *p = base, *e = base + str_len(s);
    while (p < e) {
        const char *ls = p, *le;
        for (;;) {
            if (p >= e) { le = p; break; }
            const char *q = p;
            uint32_t c = str_next_cp(&q);
            if (cp_islinebreak(c)) {
                le = p;
                p = q;
                if (c == '\r' && p < e && *p == '\n') p++;
                break;
            }
            p = q;
        }
        list_append(list, sub_bytes(s, (size_t)(ls - base), (size_t)((keep ? p : le) - base)));
    }
    return list;
}

static Value m_join(Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "str.join() takes no keyword arguments");
    if (nargs != 2) return rt_raise(&exc_TypeError, "str.join() takes exactly one argument (%d given)", nargs - 1);
    Value sep = args[0], seq = args[1];
    Value *items;
    size_t n;
    if (TYPE(seq) == &type_list) { items = LIST_ITEMS(seq); n = LIST_LEN(seq); }
    else if (TYPE(seq) == &type_tuple) { items = TUPLE_ITEMS(seq); n = TUPLE_LEN(seq); }
    else {
        Value it = rt_iter(seq);
        if (!it && rt_exc_matches(&exc_TypeError))
            return rt_raise(&exc_TypeError, "can only join an iterable");
        Value l = it ? rt_list_from_iter(it) : NIL;
        if (!l) return NIL;
        items = LIST_ITEMS(l);
        n = LIST_LEN(l);
    }
    if (n == 0) return empty_str;
    if (n == 1 && TYPE(items[0]) == &type_str) return items[0];
    size_t total = 0, cps = 0;
    bool ascii = AS_STR(sep)->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(items[i]))
            return rt_raise(&exc_TypeError, "sequence item %zu: expected str instance, %s found", i, type_name(items[i]));
        total += str_len(items[i]);
        cps += AS_STR(items[i])->cplen;
        ascii = ascii && AS_STR(items[i])->ascii;
    }
    total += str_len(sep) * (n - 1);
    cps += AS_STR(sep)->cplen * (n - 1);
    StrObj *o = alloc_str(&type_str, total);
    if (!o) return rt_raise_nomem();
    char *d = o->data;
    for (size_t i = 0; i < n; i++) {
        if (i) { memcpy(d, str_cstr(sep), str_len(sep)); d += str_len(sep); }
        memcpy(d, str_cstr(items[i]), str_len(items[i]));
        d += str_len(items[i]);
    }
    o->cplen = cps;
    o->ascii = ascii;
    return OBJ_VAL(o);
}

static Value partition(Value *args, int nargs, Value kwnames, bool rev) {
    const char *fname = rev ? "rpartition" : "partition";
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "str.%s() takes no keyword arguments", fname);
    if (nargs != 2) return rt_raise(&exc_TypeError, "str.%s() takes exactly one argument (%d given)", fname, nargs - 1);
    Value s = args[0], sep = args[1];
    if (!need_str(sep, NULL)) return NIL;
    if (str_len(sep) == 0) return rt_raise(&exc_ValueError, "empty separator");
    const char *base = str_cstr(s);
    const char *r = rev ? rmemmem(base, str_len(s), str_cstr(sep), str_len(sep))
                        : memmem(base, str_len(s), str_cstr(sep), str_len(sep));
    if (!r) {
        if (rev) return tuple_pack(3, empty_str, empty_str, exact(s));
        return tuple_pack(3, exact(s), empty_str, empty_str);
    }
    size_t o = (size_t)(r - base);
    return tuple_pack(3, sub_bytes(s, 0, o), exact(sep), sub_bytes(s, o + str_len(sep), str_len(s)));
}
static Value m_partition(Value *a, int n, Value k) { return partition(a, n, k, false); }
static Value m_rpartition(Value *a, int n, Value k) { return partition(a, n, k, true); }

/* ---------- strip, replace, padding ---------- */

static bool in_chars(uint32_t c, const uint32_t *set, size_t n) {
    for (size_t i = 0; i < n; i++) if (set[i] == c) return true;
    return false;
}

static Value strip(const char *fname, Value *args, int nargs, Value kwnames, bool left, bool right) {
    Value a[1];
    if (!parse(fname, args, nargs, kwnames, 0, 1, NULL, false, a)) return NIL;
    Value s = args[0];
    uint32_t *set = NULL;
    size_t nset = 0;
    if (a[0] && a[0] != NONE) {
        if (!str_check(a[0])) return rt_raise(&exc_TypeError, "%s arg must be None or str", fname);
        set = to_cps(a[0], &nset);
    }
    size_t n;
    uint32_t *cps = to_cps(s, &n);
    size_t i = 0, j = n;
    if (left) while (i < j && (set ? in_chars(cps[i], set, nset) : cp_isspace(cps[i]))) i++;
    if (right) while (j > i && (set ? in_chars(cps[j - 1], set, nset) : cp_isspace(cps[j - 1]))) j--;
    return sub_bytes(s, str_cp_offset(s, i), str_cp_offset(s, j));
}
static Value m_strip(Value *a, int n, Value k) { return strip("strip", a, n, k, true, true); }
static Value m_lstrip(Value *a, int n, Value k) { return strip("lstrip", a, n, k, true, false); }
static Value m_rstrip(Value *a, int n, Value k) { return strip("rstrip", a, n, k, false, true); }

static Value m_replace(Value *args, int nargs, Value kwnames) {
    Value a[3];
    if (!parse("replace", args, nargs, kwnames, 2, 3, NULL, false, a)) return NIL;
    if (!need_str(a[0], "replace() argument 1 must be str, not %s")) return NIL;
    if (!need_str(a[1], "replace() argument 2 must be str, not %s")) return NIL;
    intptr_t count = -1;
    if (a[2] && !get_int(a[2], &count)) return NIL;
    if (count < 0) count = INTPTR_MAX;
    Value s = args[0], old = a[0], new = a[1];
    StrBuf b;
    sb_init(&b);
    const char *p = str_cstr(s), *e = p + str_len(s);
    if (str_len(old) == 0) {
        while (count > 0) {
            sb_add(&b, str_cstr(new), str_len(new));
            count--;
            if (p >= e) break;
            const char *q = p;
            str_next_cp(&q);
            sb_add(&b, p, (size_t)(q - p));
            p = q;
        }
        sb_add(&b, p, (size_t)(e - p));
        return sb_finish(&b);
    }
    bool any = false;
    while (count > 0) {
        const char *r = memmem(p, (size_t)(e - p), str_cstr(old), str_len(old));
        if (!r) break;
        sb_add(&b, p, (size_t)(r - p));
        sb_add(&b, str_cstr(new), str_len(new));
        p = r + str_len(old);
        count--;
        any = true;
    }
    if (!any) return exact(s);
    sb_add(&b, p, (size_t)(e - p));
    return sb_finish(&b);
}

static bool get_fill(Value v, uint32_t *fill) {
    if (!v) { *fill = ' '; return true; }
    if (!str_check(v)) {
        rt_raise(&exc_TypeError, "The fill character must be a unicode character, not %s", type_name(v));
        return false;
    }
    if (AS_STR(v)->cplen != 1) {
        rt_raise(&exc_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    const char *p = str_cstr(v);
    *fill = str_next_cp(&p);
    return true;
}

static Value pad(Value s, size_t left, size_t right, uint32_t fill) {
    if (left == 0 && right == 0) return exact(s);
    StrBuf b;
    sb_init(&b);
    size_t fw = fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
    if (left + right > SIZE_MAX / 8 || !sb_reserve(&b, (left + right) * fw + str_len(s))) return rt_raise_nomem();
    for (size_t i = 0; i < left; i++) sb_addcp(&b, fill);
    sb_add(&b, str_cstr(s), str_len(s));
    for (size_t i = 0; i < right; i++) sb_addcp(&b, fill);
    return str_new_known(b.p, b.len, AS_STR(s)->cplen + left + right, AS_STR(s)->ascii && fill < 0x80);
}

static Value justify(const char *fname, Value *args, int nargs, Value kwnames, int mode) {
    Value a[2];
    intptr_t width;
    uint32_t fill;
    if (!parse(fname, args, nargs, kwnames, 1, 2, NULL, false, a)) return NIL;
    if (!get_int(a[0], &width) || !get_fill(a[1], &fill)) return NIL;
    Value s = args[0];
    intptr_t n = (intptr_t)AS_STR(s)->cplen;
    if (width <= n) return exact(s);
    size_t marg = (size_t)(width - n);
    if (mode == 0) return pad(s, 0, marg, fill);
    if (mode == 1) return pad(s, marg, 0, fill);
    size_t left = marg / 2 + (marg & (size_t)width & 1);
    return pad(s, left, marg - left, fill);
}
static Value m_ljust(Value *a, int n, Value k) { return justify("ljust", a, n, k, 0); }
static Value m_rjust(Value *a, int n, Value k) { return justify("rjust", a, n, k, 1); }
static Value m_center(Value *a, int n, Value k) { return justify("center", a, n, k, 2); }

static Value m_zfill(Value *args, int nargs, Value kwnames) {
    Value a[1];
    intptr_t width;
    if (!parse("zfill", args, nargs, kwnames, 1, 1, NULL, false, a)) return NIL;
    if (!get_int(a[0], &width)) return NIL;
    Value s = args[0];
    intptr_t n = (intptr_t)AS_STR(s)->cplen;
    if (width <= n) return exact(s);
    size_t fill = (size_t)(width - n);
    StrBuf b;
    sb_init(&b);
    const char *p = str_cstr(s);
    size_t skip = 0;
    if (!sb_reserve(&b, fill + str_len(s))) return NIL;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) { sb_addc(&b, p[0]); skip = 1; }
    memset(b.p + b.len, '0', fill);   /* reserved above */
    b.len += fill;
    sb_add(&b, p + skip, str_len(s) - skip);
    return sb_finish(&b);
}

static Value m_expandtabs(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"tabsize"};
    Value a[1];
    intptr_t tab = 8;
    if (!parse("expandtabs", args, nargs, kwnames, 0, 1, kw, true, a)) return NIL;
    if (a[0] && !get_int(a[0], &tab)) return NIL;
    if (tab > INT_MAX || tab < INT_MIN) return rt_raise(&exc_OverflowError, "Python int too large to convert to C int");
    Value s = args[0];
    StrBuf b;
    sb_init(&b);
    const char *p = str_cstr(s), *e = p + str_len(s);
    intptr_t col = 0;
    while (p < e) {
        const char *q = p;
        uint32_t c = str_next_cp(&q);
        if (c == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                if (!sb_reserve(&b, (size_t)k)) return NIL;
                memset(b.p + b.len, ' ', (size_t)k);
                b.len += (size_t)k;
                col += k;
            }
        } else {
            sb_add(&b, p, (size_t)(q - p));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p = q;
    }
    return sb_finish(&b);
}

static Value affix(const char *fname, Value *args, int nargs, Value kwnames, bool suffix) {
    Value a[1];
    if (!parse(fname, args, nargs, kwnames, 1, 1, NULL, false, a)) return NIL;
    if (!str_check(a[0])) return rt_raise(&exc_TypeError, "%s() argument must be str, not %s", fname, type_name(a[0]));
    Value s = args[0], x = a[0];
    size_t ls = str_len(s), lx = str_len(x);
    if (lx && lx <= ls) {
        if (!suffix && memcmp(str_cstr(s), str_cstr(x), lx) == 0) return sub_bytes(s, lx, ls);
        if (suffix && memcmp(str_cstr(s) + ls - lx, str_cstr(x), lx) == 0) return sub_bytes(s, 0, ls - lx);
    }
    return exact(s);
}
static Value m_removeprefix(Value *a, int n, Value k) { return affix("removeprefix", a, n, k, false); }
static Value m_removesuffix(Value *a, int n, Value k) { return affix("removesuffix", a, n, k, true); }

/* ---------- case ---------- */

static bool noargs(const char *fname, int nargs, Value kwnames) {
    Value dummy[1];
    return parse(fname, NULL, nargs, kwnames, 0, 0, NULL, false, dummy);
}

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAP, C_FOLD };

static Value recase(const char *fname, Value *args, int nargs, Value kwnames, int mode) {
    if (!noargs(fname, nargs, kwnames)) return NIL;
    Value s = args[0];
    StrBuf b;
    sb_init(&b);
    const char *p = str_cstr(s), *e = p + str_len(s);
    bool prev_cased = false, first = true;
    while (p < e) {
        uint32_t c = str_next_cp(&p);
        switch (mode) {
        case C_UPPER: add_upper(&b, c); break;
        case C_LOWER: add_lower(&b, c); break;
        case C_FOLD:
            if (c < 128) sb_addc(&b, (char)cp_lower(c));
            else add_fold(&b, c);
            break;
        case C_SWAP:
            if (cp_isupper(c)) add_lower(&b, c);
            else if (cp_islower(c)) add_upper(&b, c);
            else sb_addcp(&b, c);
            break;
        case C_TITLE:
            if (prev_cased) add_lower(&b, c); else add_title(&b, c);
            prev_cased = cp_iscased(c);
            break;
        case C_CAP:
            if (first) add_title(&b, c); else add_lower(&b, c);
            break;
        }
        first = false;
    }
    if (AS_STR(s)->ascii) return str_new_known(b.p, b.len, b.len, true);
    return sb_finish(&b);
}
static Value m_upper(Value *a, int n, Value k) { return recase("upper", a, n, k, C_UPPER); }
static Value m_lower(Value *a, int n, Value k) { return recase("lower", a, n, k, C_LOWER); }
static Value m_swapcase(Value *a, int n, Value k) { return recase("swapcase", a, n, k, C_SWAP); }
static Value m_title(Value *a, int n, Value k) { return recase("title", a, n, k, C_TITLE); }
static Value m_capitalize(Value *a, int n, Value k) { return recase("capitalize", a, n, k, C_CAP); }
static Value m_casefold(Value *a, int n, Value k) { return recase("casefold", a, n, k, C_FOLD); }

/* ---------- predicates ---------- */

static Value all_of(const char *fname, Value *args, int nargs, Value kwnames, bool (*pred)(uint32_t)) {
    if (!noargs(fname, nargs, kwnames)) return NIL;
    Value s = args[0];
    if (str_len(s) == 0) return FALSE_V;
    const char *p = str_cstr(s), *e = p + str_len(s);
    while (p < e) if (!pred(str_next_cp(&p))) return FALSE_V;
    return TRUE_V;
}
static Value m_isdigit(Value *a, int n, Value k) { return all_of("isdigit", a, n, k, cp_isdigit); }
static Value m_isdecimal(Value *a, int n, Value k) { return all_of("isdecimal", a, n, k, cp_isdecimal); }
static Value m_isnumeric(Value *a, int n, Value k) { return all_of("isnumeric", a, n, k, cp_isnumeric); }
static Value m_isalpha(Value *a, int n, Value k) { return all_of("isalpha", a, n, k, cp_isalpha); }
static Value m_isalnum(Value *a, int n, Value k) { return all_of("isalnum", a, n, k, cp_isalnum); }
static Value m_isspace(Value *a, int n, Value k) { return all_of("isspace", a, n, k, cp_isspace); }

static Value m_isprintable(Value *args, int nargs, Value kwnames) {
    if (!noargs("isprintable", nargs, kwnames)) return NIL;
    const char *p = str_cstr(args[0]), *e = p + str_len(args[0]);
    while (p < e) if (!str_cp_isprintable(str_next_cp(&p))) return FALSE_V;
    return TRUE_V;
}

static Value m_isascii(Value *args, int nargs, Value kwnames) {
    if (!noargs("isascii", nargs, kwnames)) return NIL;
    return BOOL(AS_STR(args[0])->ascii);
}

static Value case_pred(const char *fname, Value *args, int nargs, Value kwnames, bool upper) {
    if (!noargs(fname, nargs, kwnames)) return NIL;
    const char *p = str_cstr(args[0]), *e = p + str_len(args[0]);
    bool cased = false;
    while (p < e) {
        uint32_t c = str_next_cp(&p);
        if (upper ? (cp_islower(c) || cp_istitle(c)) : (cp_isupper(c) || cp_istitle(c))) return FALSE_V;
        if (upper ? cp_isupper(c) : cp_islower(c)) cased = true;
    }
    return BOOL(cased);
}
static Value m_isupper(Value *a, int n, Value k) { return case_pred("isupper", a, n, k, true); }
static Value m_islower(Value *a, int n, Value k) { return case_pred("islower", a, n, k, false); }

static Value m_istitle(Value *args, int nargs, Value kwnames) {
    if (!noargs("istitle", nargs, kwnames)) return NIL;
    const char *p = str_cstr(args[0]), *e = p + str_len(args[0]);
    bool cased = false, prev = false;
    while (p < e) {
        uint32_t c = str_next_cp(&p);
        if (cp_isupper(c) || cp_istitle(c)) {
            if (prev) return FALSE_V;
            prev = cased = true;
        } else if (cp_islower(c)) {
            if (!prev) return FALSE_V;
            prev = cased = true;
        } else prev = false;
    }
    return BOOL(cased);
}

static Value m_isidentifier(Value *args, int nargs, Value kwnames) {
    if (!noargs("isidentifier", nargs, kwnames)) return NIL;
    const char *p = str_cstr(args[0]), *e = p + str_len(args[0]);
    if (p == e || !cp_isidstart(str_next_cp(&p))) return FALSE_V;
    while (p < e) if (!cp_isidcont(str_next_cp(&p))) return FALSE_V;
    return TRUE_V;
}

/* ---------- translate, encode, format ---------- */

static Value m_maketrans(Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "maketrans() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1) return rt_raise(&exc_TypeError, "maketrans() takes at least 1 argument (0 given)");
        return rt_raise(&exc_TypeError, "maketrans() takes at most 3 arguments (%d given)", nargs);
    }
    Value d = dict_new();
    if (nargs == 1) {
        if (!dict_check(args[0]))
            return rt_raise(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (dict_next(args[0], &pos, &k, &v)) {
            if (str_check(k)) {
                if (AS_STR(k)->cplen != 1)
                    return rt_raise(&exc_ValueError, "string keys in translate table must be of length 1");
                const char *p = str_cstr(k);
                k = MK_SMALL(str_next_cp(&p));
            } else if (!int_check(k)) {
                return rt_raise(&exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(d, k, v) < 0) return NIL;
        }
        return d;
    }
    if (!str_check(args[0])) return rt_raise(&exc_TypeError, "maketrans() argument 1 must be str, not %s", type_name(args[0]));
    if (!str_check(args[1])) return rt_raise(&exc_TypeError, "maketrans() argument 2 must be str, not %s", type_name(args[1]));
    if (AS_STR(args[0])->cplen != AS_STR(args[1])->cplen)
        return rt_raise(&exc_ValueError, "the first two maketrans arguments must have equal length");
    const char *p = str_cstr(args[0]), *q = str_cstr(args[1]);
    for (size_t i = 0; i < AS_STR(args[0])->cplen; i++) {
        uint32_t x = str_next_cp(&p), y = str_next_cp(&q);
        if (dict_set(d, MK_SMALL(x), MK_SMALL(y)) < 0) return NIL;
    }
    if (nargs == 3) {
        if (!str_check(args[2])) return rt_raise(&exc_TypeError, "maketrans() argument 3 must be str, not %s", type_name(args[2]));
        p = str_cstr(args[2]);
        for (size_t i = 0; i < AS_STR(args[2])->cplen; i++)
            if (dict_set(d, MK_SMALL(str_next_cp(&p)), NONE) < 0) return NIL;
    }
    return d;
}

static Value m_translate(Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "str.translate() takes no keyword arguments");
    if (nargs != 2) return rt_raise(&exc_TypeError, "str.translate() takes exactly one argument (%d given)", nargs - 1);
    Value s = args[0], table = args[1];
    StrBuf b;
    sb_init(&b);
    const char *p = str_cstr(s), *e = p + str_len(s);
    while (p < e) {
        const char *start = p;
        uint32_t c = str_next_cp(&p);
        Value r = rt_getitem(table, MK_SMALL(c));
        if (!r) {
            if (!rt_exc_matches(&exc_LookupError)) return NIL;
            rt_exc_clear();
            sb_add(&b, start, (size_t)(p - start));
            continue;
        }
        if (r == NONE) continue;
        if (str_check(r)) { sb_add(&b, str_cstr(r), str_len(r)); continue; }
        if (int_check(r)) {
            int64_t v;
            if (!int_to_i64(r, &v) || v < 0 || v > 0x10FFFF)
                return rt_raise(&exc_ValueError, "character mapping must be in range(0x110000)");
            sb_addcp(&b, (uint32_t)v);
            continue;
        }
        return rt_raise(&exc_TypeError, "character mapping must return integer, None or str");
    }
    return sb_finish(&b);
}

static Value m_encode(Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"encoding", "errors"};
    Value a[2];
    if (!parse("encode", args, nargs, kwnames, 0, 2, kw, true, a)) return NIL;
    if (a[0] && !str_check(a[0])) return rt_raise(&exc_TypeError, "encode() argument 'encoding' must be str, not %s", type_name(a[0]));
    if (a[1] && !str_check(a[1])) return rt_raise(&exc_TypeError, "encode() argument 'errors' must be str, not %s", type_name(a[1]));
    return str_encode(args[0], a[0] ? str_cstr(a[0]) : "utf-8", a[1] ? str_cstr(a[1]) : "strict");
}

static Value m_format(Value *args, int nargs, Value kwnames) { return str_format_method(args, nargs, kwnames); }

static Value m_format_map(Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 2) return rt_raise(&exc_TypeError, "str.format_map() takes exactly one argument (%d given)", nargs - 1);
    return str_format_map(args[0], args[1]);
}

static Value m_dunder_format(Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return rt_raise(&exc_TypeError, "__format__ expected 1 argument, got %d", nargs - 1);
    if (!str_check(args[1]))
        return rt_raise(&exc_TypeError, "__format__() argument must be str, not %s", type_name(args[1]));
    return str_format_spec(args[0], args[1]);
}

static Value m_getnewargs(Value *args, int nargs, Value kwnames) {
    return tuple_pack(1, exact(args[0]));
}

static Value s_format(Value s, Value spec) {
    if (!str_check(spec)) return rt_raise(&exc_TypeError, "format() argument 2 must be str, not %s", type_name(spec));
    return str_format_spec(s, spec);
}

/* ---------- str() ---------- */

static Value s_new(Value type, Value *args, int nargs, Value kwnames) {
    static const char *const kw[] = {"object", "encoding", "errors"};
    Value a[3] = {NIL, NIL, NIL};
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nargs > 3) return rt_raise(&exc_TypeError, "str() takes at most 3 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) a[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        const char *name = str_cstr(TUPLE_ITEMS(kwnames)[k]);
        int j = -1;
        for (int i = 0; i < 3; i++) if (strcmp(kw[i], name) == 0) j = i;
        if (j < 0) return rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for str()", name);
        if (a[j]) return rt_raise(&exc_TypeError, "argument for str() given by name ('%s') and position (%d)", name, j + 1);
        a[j] = args[nargs + (int)k];
    }
    Value r;
    if (!a[1] && !a[2]) {
        r = a[0] ? rt_str(a[0]) : empty_str;
    } else {
        if (a[1] && !str_check(a[1])) return rt_raise(&exc_TypeError, "str() argument 'encoding' must be str, not %s", type_name(a[1]));
        if (a[2] && !str_check(a[2])) return rt_raise(&exc_TypeError, "str() argument 'errors' must be str, not %s", type_name(a[2]));
        const char *data;
        size_t len;
        Value obj = a[0] ? a[0] : bytes_new("", 0);
        if (!bytes_buffer(obj, &data, &len)) {
            if (str_check(obj)) return rt_raise(&exc_TypeError, "decoding str is not supported");
            return rt_raise(&exc_TypeError, "decoding to str: need a bytes-like object, %s found", type_name(obj));
        }
        r = bytes_decode(data, len, a[1] ? str_cstr(a[1]) : "utf-8", a[2] ? str_cstr(a[2]) : "strict");
    }
    if (!r) return NIL;
    Type *t = (Type *)type;
    if (t != &type_str) return str_new_subtype(t, exact(r));
    return exact(r);
}

/* ---------- the types ---------- */

/* y % str: CPython's str has this slot (it never formats). */
static Value s_rmod(Value a, Value b) { return NOTIMPL; }

static const MethodDef str_methods[] = {
    {"split", m_split, METH_DEFAULT, NULL},
    {"rsplit", m_rsplit, METH_DEFAULT, NULL},
    {"splitlines", m_splitlines, METH_DEFAULT, NULL},
    {"join", m_join, METH_DEFAULT, NULL},
    {"strip", m_strip, METH_DEFAULT, NULL},
    {"lstrip", m_lstrip, METH_DEFAULT, NULL},
    {"rstrip", m_rstrip, METH_DEFAULT, NULL},
    {"replace", m_replace, METH_DEFAULT, NULL},
    {"find", m_find, METH_DEFAULT, NULL},
    {"rfind", m_rfind, METH_DEFAULT, NULL},
    {"index", m_index, METH_DEFAULT, NULL},
    {"rindex", m_rindex, METH_DEFAULT, NULL},
    {"count", m_count, METH_DEFAULT, NULL},
    {"startswith", m_startswith, METH_DEFAULT, NULL},
    {"endswith", m_endswith, METH_DEFAULT, NULL},
    {"upper", m_upper, METH_DEFAULT, NULL},
    {"lower", m_lower, METH_DEFAULT, NULL},
    {"casefold", m_casefold, METH_DEFAULT, NULL},
    {"swapcase", m_swapcase, METH_DEFAULT, NULL},
    {"title", m_title, METH_DEFAULT, NULL},
    {"capitalize", m_capitalize, METH_DEFAULT, NULL},
    {"center", m_center, METH_DEFAULT, NULL},
    {"ljust", m_ljust, METH_DEFAULT, NULL},
    {"rjust", m_rjust, METH_DEFAULT, NULL},
    {"zfill", m_zfill, METH_DEFAULT, NULL},
    {"isdigit", m_isdigit, METH_DEFAULT, NULL},
    {"isdecimal", m_isdecimal, METH_DEFAULT, NULL},
    {"isnumeric", m_isnumeric, METH_DEFAULT, NULL},
    {"isalpha", m_isalpha, METH_DEFAULT, NULL},
    {"isalnum", m_isalnum, METH_DEFAULT, NULL},
    {"isspace", m_isspace, METH_DEFAULT, NULL},
    {"isupper", m_isupper, METH_DEFAULT, NULL},
    {"islower", m_islower, METH_DEFAULT, NULL},
    {"istitle", m_istitle, METH_DEFAULT, NULL},
    {"isidentifier", m_isidentifier, METH_DEFAULT, NULL},
    {"isprintable", m_isprintable, METH_DEFAULT, NULL},
    {"isascii", m_isascii, METH_DEFAULT, NULL},
    {"format", m_format, METH_DEFAULT, NULL},
    {"format_map", m_format_map, METH_DEFAULT, NULL},
    {"__format__", m_dunder_format, METH_DEFAULT, NULL},
    {"encode", m_encode, METH_DEFAULT, NULL},
    {"partition", m_partition, METH_DEFAULT, NULL},
    {"rpartition", m_rpartition, METH_DEFAULT, NULL},
    {"expandtabs", m_expandtabs, METH_DEFAULT, NULL},
    {"removeprefix", m_removeprefix, METH_DEFAULT, NULL},
    {"removesuffix", m_removesuffix, METH_DEFAULT, NULL},
    {"maketrans", m_maketrans, METH_STATIC, NULL},
    {"translate", m_translate, METH_DEFAULT, NULL},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_str = {
    .ob = {&type_type},
    .name = "str",
    .size = sizeof(StrObj),
    .flags = TF_BASETYPE | TF_STR,
    .methods = str_methods,
    .repr = str_repr,
    .str = s_str,
    .hash = str_hash,
    .len = s_len,
    .format = s_format,
    .new_ = s_new,
    .eq = s_eq, .ne = s_ne, .lt = s_lt, .le = s_le, .gt = s_gt, .ge = s_ge,
    .getitem = s_getitem,
    .rmod = s_rmod,
    .contains = s_contains,
    .iter = s_iter,
    .add = s_add,
    .mul = s_mul,
    .rmul = s_mul,
    .mod = s_mod,
};

Type type_str_iterator = {
    .ob = {&type_type},
    .name = "str_iterator",
    .size = sizeof(StrIter),
    .methods = iter_methods,
    .iter = iter_self,
    .next = str_iter_next,
};

Type type_str_ascii_iterator = {
    .ob = {&type_type},
    .name = "str_ascii_iterator",
    .size = sizeof(StrIter),
    .methods = iter_methods,
    .iter = iter_self,
    .next = ascii_iter_next,
};

/* names_init() interns before str_init() runs, so the caches are built on the
 * first str creation rather than here. */
static void make_caches(void) {
    if (empty_str) return;
    StrObj *o = alloc_str(&type_str, 0);
    o->cplen = 0;
    o->ascii = true;
    empty_str = OBJ_VAL(o);
    for (int c = 0; c < 256; c++) {
        char buf[2];
        size_t n;
        if (c < 0x80) { buf[0] = (char)c; n = 1; }
        else { buf[0] = (char)(0xC0 | (c >> 6)); buf[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
        StrObj *x = alloc_str(&type_str, n);
        memcpy(x->data, buf, n);
        x->cplen = 1;
        x->ascii = c < 0x80;
        char_cache[c] = OBJ_VAL(x);
    }
}

void str_init(void) {
    make_caches();
    type_ready(&type_str);
    type_ready(&type_str_iterator);
    type_ready(&type_str_ascii_iterator);
    bytes_init();
}

