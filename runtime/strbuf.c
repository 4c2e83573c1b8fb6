/* strbuf.c — StrBuf, the growable UTF-8 buffer behind every str builder, and
 * str_printf.
 *
 * Invariant: p[0..len) is what was added so far and p always has room for a
 * trailing NUL; the bytes are atomic GC memory (no pointers inside).
 */
#include <stdio.h>
#include <string.h>
#include "cstack.h"
#include "str.h"
#include "abstract.h"
#include "errors.h"

void sb_init(StrBuf *b) {
    b->cap = 32;
    b->len = 0;
    b->failed = false;
    b->p = GC_MALLOC_ATOMIC(b->cap);
    if (!b->p) { b->cap = 0; b->failed = true; }
}

/* false when the buffer cannot hold extra more bytes (it is then failed). */
static bool grow(StrBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 4) { b->failed = true; return false; }
        cap *= 2;
    }
    char *p = GC_MALLOC_ATOMIC(cap);
    if (!p) { b->failed = true; return false; }
    if (b->len) memcpy(p, b->p, b->len);
    b->p = p;
    b->cap = cap;
    return true;
}

bool sb_reserve(StrBuf *b, size_t extra) {
    if (extra < SIZE_MAX / 4 && grow(b, extra)) return true;
    b->failed = true;
    rt_raise_nomem();
    return false;
}

void sb_add(StrBuf *b, const char *s, size_t n) {
    if (!n || !grow(b, n)) return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }

void sb_addc(StrBuf *b, char c) {
    if (!grow(b, 1)) return;
    b->p[b->len++] = c;
}

void sb_addcp(StrBuf *b, uint32_t cp) {
    char t[4];
    size_t n;
    if (cp < 0x80) { t[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { t[0] = (char)(0xC0 | (cp >> 6)); t[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12)); t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18)); t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    sb_add(b, t, n);
}

static void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap2);
    va_end(ap2);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) { sb_add(b, tmp, (size_t)n); return; }
    if (!grow(b, (size_t)n)) return;
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

/* Containers format their items through these two, so this is where a
 * deeply nested structure meets the C-stack guard. */
static const char repr_depth_msg[] = " while getting the repr of an object";

bool sb_addv_str(StrBuf *b, Value v) {
    if (!cstack_check(repr_depth_msg)) return false;
    Value s = rt_str(v);
    if (!s) return false;
    sb_add(b, str_cstr(s), str_len(s));
    return true;
}

bool sb_addv_repr(StrBuf *b, Value v) {
    if (!cstack_check(repr_depth_msg)) return false;
    Value s = rt_repr(v);
    if (!s) return false;
    sb_add(b, str_cstr(s), str_len(s));
    return true;
}

Value sb_finish(StrBuf *b) {
    if (b->failed) return rt_raise_nomem();
    Value s = str_new(b->p ? b->p : "", b->len);
    b->p = NULL;
    b->len = b->cap = 0;
    return s;
}

Value str_vprintf(const char *fmt, va_list ap) {
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    return sb_finish(&b);
}

Value str_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value s = str_vprintf(fmt, ap);
    va_end(ap);
    return s;
}
