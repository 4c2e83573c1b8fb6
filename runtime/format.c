/* format.c — the three formatting languages of str: the format-spec
 * mini-language (shared with int and float __format__), str.format /
 * format_map replacement fields, and printf-style `%` formatting.
 *
 * Invariant: every width and precision counts code points, never bytes; error
 * texts are CPython 3.11's.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "str.h"
#include "errors.h"
#include "abstract.h"
#include "containers.h"
#include "num.h"
#include "bytes.h"

/* ---------- the format-spec mini-language ---------- */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* The type code as CPython prints it in messages: the char, or \x.. when odd. */
static void type_code_text(uint32_t c, char *buf, size_t n) {
    if (c >= 0x20 && c < 0x7f) snprintf(buf, n, "%c", (char)c);
    else snprintf(buf, n, "\\x%x", (unsigned)c);
}

static bool read_int(const char **p, const char *e, intptr_t *out, bool *any) {
    intptr_t v = 0;
    *any = false;
    while (*p < e && **p >= '0' && **p <= '9') {
        if (v > (INTPTR_MAX - 9) / 10) {
            rt_raise(&exc_ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + (**p - '0');
        (*p)++;
        *any = true;
    }
    *out = v;
    return true;
}

bool format_spec_parse_ex(Value spec, FormatSpec *fs, char default_type, const char *tname) {
    const char *s = str_cstr(spec), *p = s, *e = s + str_len(spec);
    fs->fill = ' ';
    fs->align = 0;
    fs->sign = 0;
    fs->alt = fs->zero = fs->no_neg_zero = false;
    fs->width = -1;
    fs->grouping = 0;
    fs->precision = -1;
    fs->type = default_type;
    bool fill_given = false;
    if (p < e) {
        const char *q = p;
        uint32_t c0 = str_next_cp(&q);
        if (q < e && is_align((unsigned char)*q)) {
            fs->fill = c0;
            fs->align = *q;
            fill_given = true;
            p = q + 1;
        } else if (is_align(c0)) {
            fs->align = (char)c0;
            p = q;
        }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) fs->sign = *p++;
    if (p < e && *p == 'z') { fs->no_neg_zero = true; p++; }
    if (p < e && *p == '#') { fs->alt = true; p++; }
    if (!fill_given && p < e && *p == '0') {
        fs->fill = '0';
        fs->zero = true;
        p++;
    }
    bool any;
    intptr_t w;
    if (!read_int(&p, e, &w, &any)) return false;
    if (any) fs->width = w;
    if (p < e && (*p == ',' || *p == '_')) {
        fs->grouping = *p++;
        if (p < e && (*p == ',' || *p == '_')) {
            if (*p == fs->grouping && *p == ',') rt_raise(&exc_ValueError, "Cannot specify ',' with ','.");
            else rt_raise(&exc_ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
    }
    if (p < e && *p == '.') {
        p++;
        intptr_t pr;
        if (!read_int(&p, e, &pr, &any)) return false;
        if (!any) {
            rt_raise(&exc_ValueError, "Format specifier missing precision");
            return false;
        }
        fs->precision = pr;
    }
    if (p < e) {
        const char *q = p;
        uint32_t t = str_next_cp(&q);
        if (q != e) {
            if (tname) rt_raise(&exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", s, tname);
            else rt_raise(&exc_ValueError, "Invalid format specifier");
            return false;
        }
        /* non-ASCII type codes can only be wrong; keep them visible for the message */
        fs->type = t < 0x80 ? (char)t : (char)0x7f;
        if (t >= 0x80) {
            char buf[16];
            type_code_text(t, buf, sizeof buf);
            rt_raise(&exc_ValueError, "Unknown format code '%s' for object of type '%s'", buf, tname ? tname : "object");
            return false;
        }
    }
    if (fs->grouping) {
        switch (fs->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (fs->grouping == '_') break;
            /* fall through */
        default: {
            char buf[16];
            type_code_text((unsigned char)fs->type, buf, sizeof buf);
            rt_raise(&exc_ValueError, "Cannot specify '%c' with '%s'.", fs->grouping, buf);
            return false;
        }
        }
    }
    return true;
}

bool format_spec_parse(Value spec, FormatSpec *out) {
    return format_spec_parse_ex(spec, out, 0, NULL);
}

static size_t cp_count(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
    return k;
}

Value format_pad(const char *body, size_t len, const FormatSpec *fs, char default_align) {
    size_t n = cp_count(body, len);
    if (fs->width < 0 || (size_t)fs->width <= n) return str_new(body, len);
    size_t marg = (size_t)fs->width - n;
    char align = fs->align;
    if (!align) align = (fs->zero && default_align == '>') ? '=' : default_align;
    size_t left = 0, right = 0, split = 0;
    switch (align) {
    case '<': right = marg; break;
    case '^': left = marg / 2; right = marg - left; break;
    case '=':
        left = marg;
        if (len && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) split = 1;
        if (fs->alt && len >= split + 2 && body[split] == '0' && strchr("xXoObB", body[split + 1]))
            split += 2;
        break;
    default: left = marg; break;
    }
    StrBuf b;
    sb_init(&b);
    /* a huge width fails here with MemoryError rather than growing for ever */
    if (left + right > SIZE_MAX / 8 || !sb_reserve(&b, (left + right) * 4 + len)) return rt_raise_nomem();
    sb_add(&b, body, split);
    for (size_t i = 0; i < left; i++) sb_addcp(&b, fs->fill);
    sb_add(&b, body + split, len - split);
    for (size_t i = 0; i < right; i++) sb_addcp(&b, fs->fill);
    return sb_finish(&b);
}

Value str_format_spec(Value s, Value spec) {
    /* CPython: an empty spec gives str(self), so a subclass's __str__ runs */
    if (str_len(spec) == 0) return TYPE(s) == &type_str ? s : rt_str(s);
    FormatSpec fs;
    if (!format_spec_parse_ex(spec, &fs, 's', "str")) return NIL;
    if (fs.type != 's') {
        char buf[16];
        type_code_text((unsigned char)fs.type, buf, sizeof buf);
        return rt_raise(&exc_ValueError, "Unknown format code '%s' for object of type 'str'", buf);
    }
    if (fs.sign) return rt_raise(&exc_ValueError, "Sign not allowed in string format specifier");
    if (fs.no_neg_zero) return rt_raise(&exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (fs.alt) return rt_raise(&exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (fs.align == '=') return rt_raise(&exc_ValueError, "'=' alignment not allowed in string format specifier");
    size_t len = str_len(s);
    if (fs.precision >= 0 && (size_t)fs.precision < AS_STR(s)->cplen)
        len = str_cp_offset(s, (size_t)fs.precision);
    return format_pad(str_cstr(s), len, &fs, '<');
}

/* ---------- str.format ---------- */

typedef struct FmtCtx {
    Value *args; int nargs;           /* positional (self excluded) */
    Value *kwvals; Value kwnames;     /* keywords, or... */
    Value mapping;                    /* ...format_map's mapping (NIL otherwise) */
    int auto_idx;                     /* next automatic index; -1 after manual use */
    int mode;                         /* 0 unset, 1 auto, 2 manual */
} FmtCtx;

static bool render(FmtCtx *c, const char *p, const char *e, StrBuf *out, int depth);

static Value lookup_kw(FmtCtx *c, const char *name, size_t n) {
    Value key = str_new(name, n);
    if (c->mapping) return rt_getitem(c->mapping, key);
    size_t nk = c->kwnames ? TUPLE_LEN(c->kwnames) : 0;
    for (size_t i = 0; i < nk; i++)
        if (str_eq(TUPLE_ITEMS(c->kwnames)[i], key)) return c->kwvals[i];
    return rt_raise_args(&exc_KeyError, tuple_pack(1, key));
}

/* A field index: false when not all digits; *overflow set (and false) when
 * the digits do not fit, which CPython reports as a ValueError. */
static bool all_digits(const char *p, size_t n, intptr_t *out, bool *overflow) {
    *overflow = false;
    if (n == 0) return false;
    intptr_t v = 0;
    for (size_t i = 0; i < n; i++) if (p[i] < '0' || p[i] > '9') return false;
    for (size_t i = 0; i < n; i++) {
        if (v > (INTPTR_MAX - 9) / 10) {
            *overflow = true;
            rt_raise(&exc_ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}

static Value get_field(FmtCtx *c, const char *p, const char *e) {
    const char *q = p;
    while (q < e && *q != '.' && *q != '[') q++;
    Value obj;
    intptr_t idx = 0;
    bool ovf;
    bool numeric = all_digits(p, (size_t)(q - p), &idx, &ovf);
    if (ovf) return NIL;
    if (q == p || numeric) {
        if (q == p) {
            if (c->mode == 2) { rt_raise(&exc_ValueError, "cannot switch from manual field specification to automatic field numbering"); return NIL; }
            c->mode = 1;
            idx = c->auto_idx++;
        } else {
            if (c->mode == 1) { rt_raise(&exc_ValueError, "cannot switch from automatic field numbering to manual field specification"); return NIL; }
            c->mode = 2;
        }
        if (c->mapping) { rt_raise(&exc_ValueError, "Format string contains positional fields"); return NIL; }
        if (idx >= c->nargs) {
            rt_raise(&exc_IndexError, "Replacement index %ld out of range for positional args tuple", (long)idx);
            return NIL;
        }
        obj = c->args[idx];
    } else {
        obj = lookup_kw(c, p, (size_t)(q - p));
        if (!obj) return NIL;
    }
    while (q < e) {
        if (*q == '.') {
            const char *a = ++q;
            while (q < e && *q != '.' && *q != '[') q++;
            if (q == a) { rt_raise(&exc_ValueError, "Empty attribute in format string"); return NIL; }
            obj = rt_getattr(obj, str_new(a, (size_t)(q - a)));
        } else if (*q == '[') {
            const char *a = ++q;
            while (q < e && *q != ']') q++;
            if (q >= e) { rt_raise(&exc_ValueError, "Missing ']' in format string"); return NIL; }
            if (q == a) { rt_raise(&exc_ValueError, "Empty attribute in format string"); return NIL; }
            Value key;
            intptr_t k;
            if (all_digits(a, (size_t)(q - a), &k, &ovf)) key = MK_SMALL(k);
            else if (ovf) return NIL;
            else key = str_new(a, (size_t)(q - a));
            q++;
            obj = rt_getitem(obj, key);
            if (q < e && *q != '.' && *q != '[') {
                rt_raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return NIL;
            }
        } else {
            rt_raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            return NIL;
        }
        if (!obj) return NIL;
    }
    return obj;
}

/* One replacement field, the text between the braces. */
static bool do_field(FmtCtx *c, const char *p, const char *e, StrBuf *out, int depth) {
    const char *q = p;
    while (q < e) {
        if (*q == '[') { while (q < e && *q != ']') q++; if (q < e) q++; continue; }
        if (*q == '{') { rt_raise(&exc_ValueError, "unexpected '{' in field name"); return false; }
        if (*q == ':' || *q == '!') break;
        q++;
    }
    const char *name_end = q;
    char conv = 0;
    if (q < e && *q == '!') {
        if (q + 1 >= e) { rt_raise(&exc_ValueError, "end of string while looking for conversion specifier"); return false; }
        const char *cq = q + 1;
        uint32_t cc = str_next_cp(&cq);
        if (cq < e && *cq != ':') { rt_raise(&exc_ValueError, "expected ':' after conversion specifier"); return false; }
        if (cc != 'r' && cc != 's' && cc != 'a') {
            StrBuf t; sb_init(&t); sb_addcp(&t, cc); sb_addc(&t, 0);
            rt_raise(&exc_ValueError, "Unknown conversion specifier %s", t.p);
            return false;
        }
        conv = (char)cc;
        q = cq;
    }
    const char *spec = e, *spec_end = e;
    if (q < e && *q == ':') spec = q + 1;
    Value obj = get_field(c, p, name_end);
    if (!obj) return false;
    if (conv == 'r') obj = rt_repr(obj);
    else if (conv == 's') obj = rt_str(obj);
    else if (conv == 'a') obj = rt_ascii(obj);
    if (!obj) return false;
    Value specv;
    if (memchr(spec, '{', (size_t)(spec_end - spec))) {
        if (depth <= 0) { rt_raise(&exc_ValueError, "Max string recursion exceeded"); return false; }
        StrBuf sb;
        sb_init(&sb);
        if (!render(c, spec, spec_end, &sb, depth - 1)) return false;
        specv = sb_finish(&sb);
    } else {
        specv = str_new(spec, (size_t)(spec_end - spec));
    }
    Value r = str_check(obj) && TYPE(obj) == &type_str ? str_format_spec(obj, specv) : rt_format(obj, specv);
    if (!r) return false;
    sb_add(out, str_cstr(r), str_len(r));
    return true;
}

static bool render(FmtCtx *c, const char *p, const char *e, StrBuf *out, int depth) {
    while (p < e) {
        const char *lit = p;
        while (p < e && *p != '{' && *p != '}') p++;
        sb_add(out, lit, (size_t)(p - lit));
        if (p >= e) break;
        if (*p == '}') {
            if (p + 1 < e && p[1] == '}') { sb_addc(out, '}'); p += 2; continue; }
            rt_raise(&exc_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (p + 1 < e && p[1] == '{') { sb_addc(out, '{'); p += 2; continue; }
        if (p + 1 >= e) { rt_raise(&exc_ValueError, "Single '{' encountered in format string"); return false; }
        const char *f = ++p;
        int count = 1;
        bool in_spec = false;
        while (p < e) {
            if (!in_spec && *p == '[') {
                /* an index may hold braces: "{0[}]}" is field 0, key "}" */
                while (p < e && *p != ']') p++;
                if (p >= e) break;
            }
            if (count == 1 && *p == ':') in_spec = true;
            if (*p == '{') count++;
            else if (*p == '}' && --count == 0) break;
            p++;
        }
        if (p >= e) { rt_raise(&exc_ValueError, "expected '}' before end of string"); return false; }
        if (!do_field(c, f, p, out, depth)) return false;
        p++;
    }
    return true;
}

Value str_format_method(Value *args, int nargs, Value kwnames) {
    Value self = args[0];
    FmtCtx c = {args + 1, nargs - 1, args + nargs, kwnames, NIL, 0, 0};
    StrBuf b;
    sb_init(&b);
    if (!render(&c, str_cstr(self), str_cstr(self) + str_len(self), &b, 2)) return NIL;
    return sb_finish(&b);
}

Value str_format_map(Value fmt, Value mapping) {
    FmtCtx c = {NULL, 0, NULL, NIL, mapping, 0, 0};
    StrBuf b;
    sb_init(&b);
    if (!render(&c, str_cstr(fmt), str_cstr(fmt) + str_len(fmt), &b, 2)) return NIL;
    return sb_finish(&b);
}

/* ---------- printf-style % ---------- */

/* An int Value for %d/%x/%o/%c; NIL with CPython's message otherwise. */
static Value int_arg(Value v, char conv) {
    if (IS_SMALL(v)) return v;
    if (TYPE(v) == &type_bool) return MK_SMALL(((BoolObj *)v)->val);
    if (TYPE(v) == &type_int) return v;
    if (int_check(v)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        return int_from_mpz(z);
    }
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (float_check(v)) return int_from_double(FLOAT_VAL(v));
        if (TYPE(v)->index) return TYPE(v)->index(v);
        if (TYPE(v)->int_) return TYPE(v)->int_(v);
        if (TYPE(v)->float_) {
            double d;
            if (num_to_double(v, &d) < 0) return NIL;
            return int_from_double(d);
        }
        return rt_raise(&exc_TypeError, "%%%c format: a real number is required, not %s", conv, type_name(v));
    }
    if (TYPE(v)->index) return TYPE(v)->index(v);
    return rt_raise(&exc_TypeError, "%%%c format: an integer is required, not %s", conv, type_name(v));
}

/* raw: formatting bytes, where widths count bytes rather than code points */
typedef struct PctSpec { bool left, plus, space, alt, zero, raw; intptr_t width, prec; } PctSpec;

static void pad_out(StrBuf *out, const char *sign, const char *prefix, const char *body, size_t blen,
                    const PctSpec *ps, bool numeric) {
    size_t n = strlen(sign) + strlen(prefix) + (ps->raw ? blen : cp_count(body, blen));
    size_t marg = ps->width > 0 && (size_t)ps->width > n ? (size_t)ps->width - n : 0;
    if (marg && !sb_reserve(out, marg + n + blen)) return;   /* out is failed: MemoryError */
    if (ps->left) {
        sb_adds(out, sign); sb_adds(out, prefix); sb_add(out, body, blen);
        for (size_t i = 0; i < marg; i++) sb_addc(out, ' ');
    } else if (ps->zero && numeric) {
        sb_adds(out, sign); sb_adds(out, prefix);
        for (size_t i = 0; i < marg; i++) sb_addc(out, '0');
        sb_add(out, body, blen);
    } else {
        for (size_t i = 0; i < marg; i++) sb_addc(out, ' ');
        sb_adds(out, sign); sb_adds(out, prefix); sb_add(out, body, blen);
    }
}

static bool fmt_int(StrBuf *out, Value v, char conv, const PctSpec *ps) {
    Value iv = int_arg(v, conv);
    if (!iv) return false;
    bool neg = int_sign(iv) < 0;
    if (neg) iv = int_neg(iv);
    Value digits;
    const char *prefix = "";
    if (conv == 'x' || conv == 'X') {
        digits = int_to_base_str(iv, 16, false);
        if (ps->alt) prefix = conv == 'x' ? "0x" : "0X";
    } else if (conv == 'o') {
        digits = int_to_base_str(iv, 8, false);
        if (ps->alt) prefix = "0o";
    } else {
        digits = int_repr(iv);
    }
    if (!digits) return false;
    StrBuf body;
    sb_init(&body);
    size_t dl = str_len(digits);
    if (ps->prec > 0 && (size_t)ps->prec > dl)
        for (size_t i = dl; i < (size_t)ps->prec; i++) sb_addc(&body, '0');
    if (conv == 'X') {
        for (size_t i = 0; i < dl; i++) {
            char ch = str_cstr(digits)[i];
            sb_addc(&body, (ch >= 'a' && ch <= 'f') ? (char)(ch - 32) : ch);
        }
    } else {
        sb_add(&body, str_cstr(digits), dl);
    }
    const char *sign = neg ? "-" : ps->plus ? "+" : ps->space ? " " : "";
    pad_out(out, sign, prefix, body.p, body.len, ps, true);
    return true;
}

static bool fmt_float(StrBuf *out, Value v, char conv, const PctSpec *ps) {
    double d;
    if (!float_check(v) && !int_check(v) && !TYPE(v)->float_ && !TYPE(v)->index) {
        rt_raise(&exc_TypeError, "must be real number, not %s", type_name(v));
        return false;
    }
    if (num_to_double(v, &d) < 0) return false;
    char fmt[16], *f = fmt;
    *f++ = '%';
    if (ps->alt) *f++ = '#';
    *f++ = '.';
    *f++ = '*';
    *f++ = conv;
    *f = 0;
    int prec = ps->prec < 0 ? 6 : (int)ps->prec;
    bool neg = signbit(d);
    double a = neg ? -d : d;
    int n = snprintf(NULL, 0, fmt, prec, a);
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    snprintf(buf, (size_t)n + 1, fmt, prec, a);
    if (isnan(d)) neg = false;
    const char *sign = neg ? "-" : ps->plus ? "+" : ps->space ? " " : "";
    pad_out(out, sign, "", buf, (size_t)n, ps, true);
    return true;
}

/* %s of bytes formatting: a bytes-like object or __bytes__ */
static bool raw_bytes_arg(Value v, const char **d, size_t *n) {
    if (bytes_buffer(v, d, n)) return true;
    static Value name_bytes;
    if (!name_bytes) name_bytes = str_intern("__bytes__");
    Value m = rt_lookup_special(v, name_bytes);
    if (m) {
        Value r = rt_call0(m);
        if (!r) return false;
        if (!bytes_check(r)) {
            rt_raise(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
            return false;
        }
        *d = bytes_data(r);
        *n = bytes_len(r);
        return true;
    }
    rt_raise(&exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
             type_name(v));
    return false;
}

/* The % engine for str (raw false: s is UTF-8) and bytes (raw true). */
static Value pct_format(const char *s, size_t slen, Value args, bool raw, bool to_bytearray) {
    const char *p = s, *e = s + slen;
    Value *items = &args;
    intptr_t nitems = 1, idx = 0;
    bool single = true;
    if (TYPE(args) == &type_tuple || tuple_check(args)) {
        items = TUPLE_ITEMS(args);
        nitems = (intptr_t)TUPLE_LEN(args);
        single = false;
    }
    Value dict = NIL;
    const char *bd;
    size_t bn;
    if (single && TYPE(args)->getitem && (raw ? !bytes_buffer(args, &bd, &bn) : !str_check(args))) dict = args;
    StrBuf out;
    sb_init(&out);
    while (p < e) {
        const char *lit = p;
        while (p < e && *p != '%') p++;
        sb_add(&out, lit, (size_t)(p - lit));
        if (p >= e) break;
        p++;
        const char *spec_start = p;
        Value key_obj = NIL;
        if (p < e && *p == '(') {
            if (!dict) return rt_raise(&exc_TypeError, "format requires a mapping");
            const char *k = ++p;
            int depth = 1;
            while (p < e) {
                if (*p == '(') depth++;
                else if (*p == ')' && --depth == 0) break;
                p++;
            }
            if (p >= e) return rt_raise(&exc_ValueError, "incomplete format key");
            key_obj = rt_getitem(dict, raw ? bytes_new(k, (size_t)(p - k)) : str_new(k, (size_t)(p - k)));
            if (!key_obj) return NIL;
            idx = nitems;   /* CPython: after a %(key), plain conversions have no args left */
            p++;
        }
        PctSpec ps = {false, false, false, false, false, raw, -1, -1};
        for (; p < e; p++) {
            if (*p == '-') ps.left = true;
            else if (*p == '+') ps.plus = true;
            else if (*p == ' ') ps.space = true;
            else if (*p == '#') ps.alt = true;
            else if (*p == '0') ps.zero = true;
            else break;
        }
#define NEXT_ARG(dst) do { \
            if (key_obj) { (dst) = key_obj; } \
            else if (idx >= nitems) return rt_raise(&exc_TypeError, "not enough arguments for format string"); \
            else (dst) = items[idx++]; \
        } while (0)
        if (p < e && *p == '*') {
            Value w;
            if (idx >= nitems) return rt_raise(&exc_TypeError, "not enough arguments for format string");
            w = items[idx++];
            if (!IS_SMALL(w) && !int_check(w)) return rt_raise(&exc_TypeError, "* wants int");
            int64_t wv;
            if (!int_to_i64(w, &wv) || wv == INT64_MIN)   /* the width is a Py_ssize_t */
                return rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
            if (wv < 0) { ps.left = true; wv = -wv; }
            ps.width = (intptr_t)wv;
            p++;
        } else {
            intptr_t w = 0;
            bool any = false;
            while (p < e && *p >= '0' && *p <= '9') {
                if (w > INTPTR_MAX / 10 - 10) return rt_raise(&exc_ValueError, "width too big");
                w = w * 10 + (*p++ - '0');
                any = true;
            }
            if (any) ps.width = w;
        }
        if (p < e && *p == '.') {
            p++;
            if (p < e && *p == '*') {
                if (idx >= nitems) return rt_raise(&exc_TypeError, "not enough arguments for format string");
                Value pr = items[idx++];
                if (!IS_SMALL(pr) && !int_check(pr)) return rt_raise(&exc_TypeError, "* wants int");
                int64_t pv;
                if (!int_to_i64(pr, &pv) || pv > INT32_MAX || pv < INT32_MIN)
                    return rt_raise(&exc_OverflowError, "Python int too large to convert to C int");
                ps.prec = pv < 0 ? 0 : (intptr_t)pv;
                p++;
            } else {
                intptr_t pr = 0;
                while (p < e && *p >= '0' && *p <= '9') {
                    if (pr > INTPTR_MAX / 10 - 10) return rt_raise(&exc_ValueError, "precision too big");
                    pr = pr * 10 + (*p++ - '0');
                }
                ps.prec = pr;
            }
        }
        while (p < e && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= e) return rt_raise(&exc_ValueError, "incomplete format");
        const char *cq = p;
        uint32_t conv = raw ? (unsigned char)*cq++ : str_next_cp(&cq);
        Value v;
        switch (conv) {
        case '%':
            if (p == spec_start) { sb_addc(&out, '%'); break; }
            /* "%5%": CPython fetches the argument, then rejects the '%' */
            NEXT_ARG(v);
            (void)v;
            return rt_raise(&exc_ValueError, "unsupported format character '%%' (0x25) at index %zu",
                            cp_count(s, (size_t)(p - s)));
        case 'b':
            if (!raw) goto bad_conv;
            /* fall through */
        case 's': case 'r': case 'a': {
            NEXT_ARG(v);
            if (raw && (conv == 's' || conv == 'b')) {
                const char *d;
                size_t n;
                if (!raw_bytes_arg(v, &d, &n)) return NIL;
                if (ps.prec >= 0 && (size_t)ps.prec < n) n = (size_t)ps.prec;
                pad_out(&out, "", "", d, n, &ps, false);
                break;
            }
            Value t = conv == 's' ? rt_str(v) : conv == 'r' && !raw ? rt_repr(v) : rt_ascii(v);
            if (!t) return NIL;
            size_t len = str_len(t);
            if (ps.prec >= 0 && (size_t)ps.prec < AS_STR(t)->cplen) len = str_cp_offset(t, (size_t)ps.prec);
            pad_out(&out, "", "", str_cstr(t), len, &ps, false);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            NEXT_ARG(v);
            if (!fmt_int(&out, v, (char)conv, &ps)) return NIL;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            NEXT_ARG(v);
            if (!fmt_float(&out, v, (char)conv, &ps)) return NIL;
            break;
        case 'c': {
            NEXT_ARG(v);
            Value ch;
            if (raw) {
                const char *d;
                size_t n;
                int64_t cv;
                char c1;
                if (bytes_buffer(v, &d, &n) && n == 1) c1 = d[0];
                else if ((IS_SMALL(v) || int_check(v)) && !bytes_buffer(v, &d, &n)) {
                    if (!int_to_i64(int_arg(v, 'c'), &cv) || cv < 0 || cv > 255)
                        return rt_raise(&exc_OverflowError, "%%c arg not in range(256)");
                    c1 = (char)cv;
                } else {
                    return rt_raise(&exc_TypeError, "%%c requires an integer in range(256) or a single byte");
                }
                pad_out(&out, "", "", &c1, 1, &ps, false);
                break;
            }
            if (str_check(v)) {
                if (AS_STR(v)->cplen != 1) return rt_raise(&exc_TypeError, "%%c requires int or char");
                ch = v;
            } else if (IS_SMALL(v) || int_check(v)) {
                int64_t cv;
                if (!int_to_i64(int_arg(v, 'c'), &cv) || cv < 0 || cv > 0x10FFFF)
                    return rt_raise(&exc_OverflowError, "%%c arg not in range(0x110000)");
                ch = str_from_codepoint((uint32_t)cv);
            } else {
                return rt_raise(&exc_TypeError, "%%c requires int or char");
            }
            pad_out(&out, "", "", str_cstr(ch), str_len(ch), &ps, false);
            break;
        }
        default:
        bad_conv: {
            size_t at = raw ? (size_t)(p - s) : cp_count(s, (size_t)(p - s));
            StrBuf t; sb_init(&t);
            if (conv >= 0x20 && conv < 0x7f) sb_addcp(&t, conv); else sb_printf(&t, "\\x%x", conv);
            sb_addc(&t, 0);
            return rt_raise(&exc_ValueError, "unsupported format character '%s' (0x%x) at index %zu",
                            t.p, (unsigned)conv, at);
        }
        }
#undef NEXT_ARG
        p = cq;
    }
    if (out.failed) return rt_raise_nomem();
    if (idx < nitems && !dict)
        return rt_raise(&exc_TypeError, "not all arguments converted during %s formatting", raw ? "bytes" : "string");
    if (raw) return to_bytearray ? bytearray_new(out.p, out.len) : bytes_new(out.p, out.len);
    return sb_finish(&out);
}

Value str_mod(Value fmt, Value args) {
    return pct_format(str_cstr(fmt), str_len(fmt), args, false, false);
}

Value bytes_mod(const char *fmt, size_t len, Value args, bool to_bytearray) {
    return pct_format(fmt, len, args, true, to_bytearray);
}
