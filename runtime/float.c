/* float.c — the float type (boxed doubles) and the number layout shared with int.
 *
 * Invariant: every float operation rounds exactly once, as CPython does: repr
 * is the shortest string that reads back to the same double, format() and
 * round() are correctly rounded (glibc's printf is exact), and float/int
 * comparisons are exact even for ints beyond 2**53.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num.h"
#include "errors.h"
#include "str.h"
#include "bytes.h"
#include "containers.h"
#include "abstract.h"
#include "names.h"
#include "func.h"

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

Value float_new(double d) {
    FloatObj *f = gc_obj_atomic(sizeof(FloatObj), &type_float);
    if (!f) return rt_raise_nomem();
    f->d = d;
    return OBJ_VAL(f);
}

bool float_check(Value v) {
    if (IS_SMALL(v)) return false;
    Type *t = AS_OBJ(v)->type;
    return t == &type_float || type_is_subtype(t, &type_float);
}

/* 1 with *out set for int and float operands, 0 for other types, -1 on error. */
static int as_double(Value v, double *out) {
    if (IS_SMALL(v)) { *out = (double)SMALL_VAL(v); return 1; }
    if (float_check(v)) { *out = FLOAT_VAL(v); return 1; }
    if (int_check(v)) {
        double d = int_to_double(v);
        if (d == -1.0 && rt_exc_occurred()) return -1;
        *out = d;
        return 1;
    }
    return 0;
}
#define CONVERT(v, x) do { int r_ = as_double(v, &x); if (r_ <= 0) return r_ < 0 ? NIL : NOTIMPL; } while (0)

int num_to_double(Value v, double *out) {
    int r = as_double(v, out);
    if (r) return r > 0 ? 0 : -1;
    Type *t = TYPE(v);
    if (t->float_) {
        Value f = t->float_(v);
        if (!f) return -1;
        if (!float_check(f)) {
            rt_raise(&exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(v), type_name(f));
            return -1;
        }
        *out = FLOAT_VAL(f);
        return 0;
    }
    if (t->index) {
        Value i = num_index(v);
        if (!i) return -1;
        return as_double(i, out) > 0 ? 0 : -1;
    }
    rt_raise(&exc_TypeError, "must be real number, not %s", type_name(v));
    return -1;
}

/* ---- repr ---- */

/* Shortest round-trip digits of d > 0 (finite): digits without dot, and decpt
 * such that d = 0.DIGITS * 10**decpt.  Returns the digit count. */
/* Step the last mantissa digit of "d.ddde±XX" (as printed by %.*e) one unit
 * up or down, with carries and borrows; false when that leaves the form. */
static bool step_last_digit(char *buf, int dir) {
    char *e = strchr(buf, 'e');
    if (!e) return false;
    char *p = e - 1;
    for (;;) {
        if (*p == '.') { p--; continue; }
        if (dir > 0 ? *p < '9' : *p > '0') { *p = (char)(*p + dir); break; }
        *p = dir > 0 ? '0' : '9';
        if (p == buf) return false;      /* 9.99 -> 10.0 or 1.00 -> 0.99: not worth it */
        p--;
    }
    return buf[0] != '0';
}

static int shortest_digits(double d, char *digits, int *decpt) {
    char buf[40];
    /* Any k <= 15 digit string that reads back is the 15-digit rounding with
     * trailing zeros (for normal doubles); otherwise 16, else 17 digits
     * always suffice.  At each precision the two digit strings bracketing d
     * are the only candidates: printf gives the nearest (ties to even); when
     * it does not read back, its neighbour on the other side of d may (2**-24
     * is 5.960464477539063e-08, not ...062). */
    for (int prec = d < DBL_MIN ? 1 : 15; prec <= 17; prec++) {  /* subnormals have fewer digits */
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (prec == 17) break;
        double back = strtod(buf, NULL);
        if (back == d) break;
        char alt[40];
        memcpy(alt, buf, sizeof alt);
        if (step_last_digit(alt, back < d ? 1 : -1) && strtod(alt, NULL) == d) {
            memcpy(buf, alt, sizeof buf);
            break;
        }
    }
    int n = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++) if (isdigit((unsigned char)*p)) digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *decpt = atoi(p + 1) + 1;
    return n;
}

char *float_repr_cstr(double d, char *buf, size_t size) {
    if (isnan(d)) { snprintf(buf, size, "nan"); return buf; }
    if (isinf(d)) { snprintf(buf, size, d < 0 ? "-inf" : "inf"); return buf; }
    const char *sign = signbit(d) ? "-" : "";
    if (d == 0) { snprintf(buf, size, "%s0.0", sign); return buf; }
    char dig[24];
    int decpt, n = shortest_digits(fabs(d), dig, &decpt);
    if (decpt > -4 && decpt <= 16) {
        char t[64];
        size_t o = 0;
        if (decpt <= 0) {
            t[o++] = '0'; t[o++] = '.';
            for (int i = 0; i < -decpt; i++) t[o++] = '0';
            for (int i = 0; i < n; i++) t[o++] = dig[i];
        } else if (decpt >= n) {
            for (int i = 0; i < n; i++) t[o++] = dig[i];
            for (int i = n; i < decpt; i++) t[o++] = '0';
            t[o++] = '.'; t[o++] = '0';
        } else {
            for (int i = 0; i < n; i++) { if (i == decpt) t[o++] = '.'; t[o++] = dig[i]; }
        }
        t[o] = 0;
        snprintf(buf, size, "%s%s", sign, t);
    } else {
        int e = decpt - 1;
        if (n > 1) snprintf(buf, size, "%s%c.%se%c%02d", sign, dig[0], dig + 1, e < 0 ? '-' : '+', abs(e));
        else snprintf(buf, size, "%s%ce%c%02d", sign, dig[0], e < 0 ? '-' : '+', abs(e));
    }
    return buf;
}

Value float_repr(Value v) {
    char buf[64];
    return str_from_cstr(float_repr_cstr(FLOAT_VAL(v), buf, sizeof buf));
}

/* ---- hash ---- */

intptr_t float_hash(double v) {
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static intptr_t float_hash_slot(Value v) {
    double d = FLOAT_VAL(v);
    if (isnan(d)) {  /* identity hash, as CPython 3.10+ */
        uintptr_t y = (uintptr_t)v;
        y = (y >> 4) | (y << 60);
        return (intptr_t)y == -1 ? -2 : (intptr_t)y;
    }
    return float_hash(d);
}

/* ---- arithmetic ---- */

static Value f_add(Value a, Value b) { double x, y; CONVERT(a, x); CONVERT(b, y); return float_new(x + y); }
static Value f_sub(Value a, Value b) { double x, y; CONVERT(a, x); CONVERT(b, y); return float_new(x - y); }
static Value f_mul(Value a, Value b) { double x, y; CONVERT(a, x); CONVERT(b, y); return float_new(x * y); }
static Value f_truediv(Value a, Value b) {
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) return rt_raise(&exc_ZeroDivisionError, "float division by zero");
    return float_new(x / y);
}

/* CPython's float_divmod: floor quotient and a remainder with the divisor's sign. */
static void divmod_d(double vx, double wx, double *fdiv, double *fmod_) {
    double mod = fmod(vx, wx), div = (vx - mod) / wx, floordiv;
    if (mod) {
        if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
    } else {
        mod = copysign(0.0, wx);
    }
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *fdiv = floordiv;
    *fmod_ = mod;
}

static Value f_floordiv(Value a, Value b) {
    double x, y, q, r;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) return rt_raise(&exc_ZeroDivisionError, "float floor division by zero");
    divmod_d(x, y, &q, &r);
    return float_new(q);
}
static Value f_mod(Value a, Value b) {
    double x, y, q, r;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) return rt_raise(&exc_ZeroDivisionError, "float modulo");
    divmod_d(x, y, &q, &r);
    return float_new(r);
}
static Value f_divmod(Value a, Value b) {
    double x, y, q, r;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) return rt_raise(&exc_ZeroDivisionError, "float divmod()");
    divmod_d(x, y, &q, &r);
    return tuple_pack(2, float_new(q), float_new(r));
}

static Value pow_overflow(void) {
    return rt_raise_args(&exc_OverflowError, tuple_pack(2, MK_SMALL(ERANGE), str_from_cstr("Numerical result out of range")));
}

/* CPython's float_pow special cases, then libm. */
static Value f_pow(Value a, Value b, Value m) {
    double iv, iw;
    CONVERT(a, iv);
    CONVERT(b, iw);
    if (m != NONE && m != NIL)
        return rt_raise(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (iw == 0) return float_new(1.0);
    if (isnan(iv)) return float_new(iv);
    if (isnan(iw)) return float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return float_new(1.0);
        if ((iw > 0) == (iv > 1.0)) return float_new(fabs(iw));
        return float_new(0.0);
    }
    bool iw_odd = fmod(fabs(iw), 2.0) == 1.0;
    if (isinf(iv)) {
        if (iw > 0) return float_new(iw_odd ? iv : fabs(iv));
        return float_new(iw_odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0) return rt_raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(iw_odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))  /* CPython returns a complex here; asp has no complex */
            return rt_raise(&exc_ValueError, "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = iw_odd;
    }
    if (iv == 1.0) return float_new(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) return pow_overflow();
    return float_new(negate ? -r : r);
}

static Value f_radd(Value s, Value o) { return f_add(o, s); }
static Value f_rsub(Value s, Value o) { return f_sub(o, s); }
static Value f_rmul(Value s, Value o) { return f_mul(o, s); }
static Value f_rtruediv(Value s, Value o) { return f_truediv(o, s); }
static Value f_rfloordiv(Value s, Value o) { return f_floordiv(o, s); }
static Value f_rmod(Value s, Value o) { return f_mod(o, s); }
static Value f_rdivmod(Value s, Value o) { return f_divmod(o, s); }
static Value f_rpow(Value s, Value o, Value m) { return f_pow(o, s, m); }

static Value f_neg(Value a) { return float_new(-FLOAT_VAL(a)); }
static Value f_pos(Value a) { return TYPE(a) == &type_float ? a : float_new(FLOAT_VAL(a)); }
static Value f_abs(Value a) { return float_new(fabs(FLOAT_VAL(a))); }
static int f_bool(Value a) { return FLOAT_VAL(a) != 0.0; }
static Value f_int(Value a) { return int_from_double(FLOAT_VAL(a)); }

/* ---- comparison ---- */

/* Exact sign of (x - i) for finite x; x not nan. */
static int cmp_double_int(double x, Value i) {
    if (isinf(x)) return x > 0 ? 1 : -1;
    int64_t s;
    if (int_to_i64(i, &s) && s <= ((int64_t)1 << 53) && s >= -((int64_t)1 << 53)) {
        double y = (double)s;
        return (x > y) - (x < y);
    }
    double fl = floor(x);
    mpz_t a, b;
    mpz_init_set_d(a, fl);
    mpz_init(b);
    int_to_mpz(i, b);
    int c = mpz_cmp(a, b);
    if (c != 0) return c > 0 ? 1 : -1;
    return x > fl ? 1 : 0;
}

/* -2 when unordered (nan), -3 when other is not a number. */
static int f_cmp(Value a, Value b) {
    double x = FLOAT_VAL(a);
    if (float_check(b)) {
        double y = FLOAT_VAL(b);
        if (isnan(x) || isnan(y)) return -2;
        return (x > y) - (x < y);
    }
    if (!int_check(b)) return -3;
    if (isnan(x)) return -2;
    return cmp_double_int(x, b);
}

#define FCMP_SLOT(name, op, nanres) \
    static Value name(Value a, Value b) { \
        int c = f_cmp(a, b); \
        if (c == -3) return NOTIMPL; \
        if (c == -2) return BOOL(nanres); \
        return BOOL(c op 0); \
    }
FCMP_SLOT(f_eq, ==, false)
FCMP_SLOT(f_ne, !=, true)
FCMP_SLOT(f_lt, <, false)
FCMP_SLOT(f_le, <=, false)
FCMP_SLOT(f_gt, >, false)
FCMP_SLOT(f_ge, >=, false)

/* ---- parsing ---- */

static bool match_word(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++) if (tolower((unsigned char)p[i]) != w[i]) return false;
    return true;
}

/* Parse float text; orig is shown in the error.  false + ValueError on bad input. */
static bool parse_float(const char *s, size_t len, Value orig, double *out) {
    s = num_ascii_digits(s, &len);
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    const char *body = p;
    if (p < end && (*p == '+' || *p == '-')) p++;
    double sign = (body < end && *body == '-') ? -1.0 : 1.0;
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) { *out = sign * HUGE_VAL; return true; }
    if (match_word(p, end, "nan")) { *out = copysign(NAN, sign); return true; }
    /* digits [. digits] [e [sign] digits], underscores only between digits */
    char *buf = GC_MALLOC_ATOMIC((size_t)(end - body) + 1);
    size_t n = 0;
    for (const char *q = body; q < p; q++) buf[n++] = *q;
    bool ok = true;
    int ndig = 0, state = 0;  /* 0 int part, 1 fraction, 2 exponent */
    int expdig = 0;
    for (const char *q = p; q < end && ok; q++) {
        char c = *q;
        if (isdigit((unsigned char)c)) {
            buf[n++] = c;
            if (state < 2) ndig++; else expdig++;
        } else if (c == '_') {
            ok = q > p && isdigit((unsigned char)q[-1]) && q + 1 < end && isdigit((unsigned char)q[1]);
        } else if (c == '.' && state == 0) {
            state = 1;
            buf[n++] = c;
        } else if ((c == 'e' || c == 'E') && state < 2 && ndig > 0) {
            state = 2;
            buf[n++] = c;
            if (q + 1 < end && (q[1] == '+' || q[1] == '-')) buf[n++] = *++q;
        } else ok = false;
    }
    if (ndig == 0 || (state == 2 && expdig == 0)) ok = false;
    if (ok) {
        buf[n] = 0;
        char *e;
        *out = strtod(buf, &e);
        if (*e) ok = false;
    }
    if (!ok) {
        Value r = rt_repr(orig);
        if (r) rt_raise(&exc_ValueError, "could not convert string to float: %s", str_cstr(r));
        return false;
    }
    return true;
}

Value float_from_str(const char *s, size_t len) {
    double d;
    if (!parse_float(s, len, str_new(s, len), &d)) return NIL;
    return float_new(d);
}

static Value float_wrap(Type *cls, double d) {
    if (cls == &type_float) return float_new(d);
    Value o = obj_alloc(cls);
    if (!o) return NIL;
    ((FloatObj *)o)->d = d;
    return o;
}

static Value float_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return rt_raise(&exc_TypeError, "float expected at most 1 argument, got %d", nargs);
    double d = 0.0;
    if (nargs == 1) {
        Value x = args[0];
        if (str_check(x)) {
            if (!parse_float(str_cstr(x), str_len(x), x, &d)) return NIL;
        } else if (bytes_check(x)) {
            if (!parse_float(bytes_data(x), bytes_len(x), x, &d)) return NIL;
        } else if (TYPE(x) == &type_bytearray) {
            if (!parse_float(((ByteArrayObj *)x)->data, ((ByteArrayObj *)x)->len, x, &d)) return NIL;
        } else if (!float_check(x) && !int_check(x) && !TYPE(x)->float_ && !TYPE(x)->index) {
            return rt_raise(&exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                            type_name(x));
        } else if (num_to_double(x, &d) < 0) {
            return NIL;
        }
    }
    return float_wrap((Type *)cls, d);
}

/* ---- format() and the shared number layout ---- */

static void put_fill(StrBuf *b, uint32_t fill, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) sb_addcp(b, fill);
}

Value num_layout(bool neg, const char *prefix, const char *digits, size_t ndigits,
                 const char *rest, const FormatSpec *fs, int group, char default_align) {
    const char *sign = neg ? "-" : fs->sign == '+' ? "+" : fs->sign == ' ' ? " " : "";
    uint32_t fill = fs->fill ? fs->fill : ' ';
    char align = fs->align;
    if (fs->zero) {
        if (!fs->fill || (fs->fill == ' ' && !fs->align)) fill = '0';
        if (!align) align = '=';
    }
    if (!align) align = default_align;
    intptr_t width = fs->width < 0 ? 0 : fs->width;
    intptr_t fixed = (intptr_t)(strlen(sign) + strlen(prefix) + strlen(rest));
    intptr_t min_width = (fill == '0' && align == '=') ? width - fixed : 0;
    /* CPython's _PyUnicode_InsertThousandsGrouping, built right to left. */
    char sep = fs->grouping;
    if (!sep) group = INT32_MAX;
    if (width > INTPTR_MAX / 8) return rt_raise_nomem();
    size_t cap = ndigits * 2 + (min_width > 0 ? (size_t)min_width * 2 : 0) + 8;
    char *g = GC_MALLOC_ATOMIC(cap);
    if (!g) return rt_raise_nomem();
    size_t o = 0, pos = ndigits;
    intptr_t remaining = (intptr_t)ndigits, mw = min_width;
    bool use_sep = false;
    for (;;) {
        intptr_t l = group, m = remaining > mw ? remaining : mw;
        if (m < 1) m = 1;
        if (l > m) l = m;
        intptr_t nz = l - remaining > 0 ? l - remaining : 0;
        intptr_t nc = remaining < l ? remaining : l;
        if (nc < 0) nc = 0;
        if (use_sep) g[o++] = sep;
        for (intptr_t i = 0; i < nc; i++) g[o++] = digits[--pos];
        for (intptr_t i = 0; i < nz; i++) g[o++] = '0';
        use_sep = true;
        remaining -= nc;
        mw -= l;
        if (remaining <= 0 && mw <= 0) break;
        mw -= 1;
    }
    /* A number with no integer digits (inf, nan) gets none unless zero-padded. */
    if (ndigits == 0 && min_width <= 0) o = 0;
    for (size_t i = 0; i < o / 2; i++) { char c = g[i]; g[i] = g[o - 1 - i]; g[o - 1 - i] = c; }
    intptr_t len = fixed + (intptr_t)o, pad = width > len ? width - len : 0;
    StrBuf b;
    sb_init(&b);
    /* a huge width fails here with MemoryError rather than growing for ever */
    if (pad && !sb_reserve(&b, (size_t)pad * 4 + (size_t)len)) return NIL;
    if (pad && align == '>') put_fill(&b, fill, pad);
    if (pad && align == '^') put_fill(&b, fill, pad / 2);
    sb_adds(&b, sign);
    sb_adds(&b, prefix);
    if (pad && align == '=') put_fill(&b, fill, pad);
    sb_add(&b, g, o);
    sb_adds(&b, rest);
    if (pad && align == '<') put_fill(&b, fill, pad);
    if (pad && align == '^') put_fill(&b, fill, pad - pad / 2);
    return sb_finish(&b);
}

static char *fmt_double(const char *cfmt, int prec, double x) {
    int n = snprintf(NULL, 0, cfmt, prec, x);
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 4);
    snprintf(buf, (size_t)n + 1, cfmt, prec, x);
    return buf;
}

/* Format type '' with a precision: like 'g', but a fixed-point result keeps
 * at least one fractional digit, and exponent form starts one digit earlier. */
static char *general_dot0(double ax, int p, bool alt) {
    char *m = fmt_double("%.*e", p - 1, ax), *ep = strchr(m, 'e');
    int decpt = atoi(ep + 1) + 1;
    char *dig = GC_MALLOC_ATOMIC((size_t)(ep - m) + 1);
    int n = 0;
    for (char *q = m; q < ep; q++) if (*q != '.') dig[n++] = *q;
    if (!alt) while (n > 1 && dig[n - 1] == '0') n--;
    dig[n] = 0;
    StrBuf b;
    sb_init(&b);
    if (decpt <= -4 || decpt > p - 1) {
        sb_addc(&b, dig[0]);
        if (n > 1 || alt) sb_addc(&b, '.');
        sb_adds(&b, dig + 1);
        sb_printf(&b, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        sb_adds(&b, "0.");
        for (int i = 0; i < -decpt; i++) sb_addc(&b, '0');
        sb_adds(&b, dig);
    } else if (decpt >= n) {
        sb_adds(&b, dig);
        for (int i = n; i < decpt; i++) sb_addc(&b, '0');
        sb_adds(&b, ".0");
    } else {
        sb_add(&b, dig, (size_t)decpt);
        sb_addc(&b, '.');
        sb_adds(&b, dig + decpt);
    }
    Value r = sb_finish(&b);
    char *out = GC_MALLOC_ATOMIC(str_len(r) + 4);
    memcpy(out, str_cstr(r), str_len(r) + 1);
    return out;
}

Value float_format(Value v, Value spec) {
    if (str_len(spec) == 0) return rt_str(v);
    FormatSpec fs;
    if (!format_spec_parse_ex(spec, &fs, 0, type_name(v))) return NIL;
    char type = fs.type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default:
        if ((unsigned char)type >= 32 && (unsigned char)type < 127)
            return rt_raise(&exc_ValueError, "Unknown format code '%c' for object of type '%s'", type, type_name(v));
        return rt_raise(&exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned char)type, type_name(v));
    }
    if (fs.grouping && type == 'n') return rt_raise(&exc_ValueError, "Cannot specify '%c' with 'n'.", fs.grouping);
    if (fs.precision > INT32_MAX) return rt_raise(&exc_ValueError, "precision too big");
    double x = FLOAT_VAL(v);
    bool neg = signbit(x) && !isnan(x);
    double ax = fabs(x);
    int prec = (int)fs.precision;
    char *s;
    switch (type) {
    case 0:
        if (prec < 0) {
            s = GC_MALLOC_ATOMIC(64);
            float_repr_cstr(ax, s, 64);
            char *e = strchr(s, 'e');
            if (fs.alt && e && !strchr(s, '.')) {  /* '#': always a decimal point */
                memmove(e + 1, e, strlen(e) + 1);
                *e = '.';
            }
        } else {
            s = isfinite(ax) ? general_dot0(ax, prec == 0 ? 1 : prec, fs.alt) : fmt_double("%.*g", 1, ax);
        }
        break;
    case 'e': case 'E':
        s = fmt_double(fs.alt ? "%#.*e" : "%.*e", prec < 0 ? 6 : prec, ax);
        break;
    case 'f': case 'F':
        s = fmt_double(fs.alt ? "%#.*f" : "%.*f", prec < 0 ? 6 : prec, ax);
        break;
    case '%': {
        char *t = fmt_double(fs.alt ? "%#.*f" : "%.*f", prec < 0 ? 6 : prec, ax * 100.0);
        s = GC_MALLOC_ATOMIC(strlen(t) + 2);
        strcpy(s, t);
        strcat(s, "%");
        break;
    }
    default: /* g G n */
        s = fmt_double(fs.alt ? "%#.*g" : "%.*g", prec < 0 ? 6 : prec == 0 ? 1 : prec, ax);
        break;
    }
    if (type == 'E' || type == 'F' || type == 'G')
        for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
    if (neg && fs.no_neg_zero) {
        bool zero = true;
        for (char *p = s; *p && *p != 'e' && *p != 'E'; p++) if (*p >= '1' && *p <= '9') zero = false;
        if (zero && isfinite(x)) neg = false;
    }
    size_t nd = 0;
    while (isdigit((unsigned char)s[nd])) nd++;
    if (!isfinite(x)) fs.grouping = 0;  /* zero padding of inf/nan is not grouped */
    return num_layout(neg, "", s, nd, s + nd, &fs, 3, '>');
}

static Value f_format_slot(Value v, Value spec) { return float_format(v, spec); }

/* ---- methods ---- */

/* d (finite) as mant * 2**exp with mant an integer. */
static void split_exact(double d, int64_t *mant, int *exp) {
    int e;
    double m = frexp(d, &e);
    *mant = (int64_t)ldexp(m, 53);
    *exp = e - 53;
}

static Value m_is_integer(Value *args, int nargs, Value kw) {
    double d = FLOAT_VAL(args[0]);
    return BOOL(isfinite(d) && floor(d) == d);
}

static Value m_as_integer_ratio(Value *args, int nargs, Value kw) {
    double d = FLOAT_VAL(args[0]);
    if (isinf(d)) return rt_raise(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return rt_raise(&exc_ValueError, "cannot convert NaN to integer ratio");
    if (d == 0) return tuple_pack(2, MK_SMALL(0), MK_SMALL(1));
    int64_t mant;
    int e;
    split_exact(d, &mant, &e);
    int tz = __builtin_ctzll((uint64_t)(mant < 0 ? -mant : mant));
    mant >>= tz;  /* arithmetic shift keeps the sign; mant is divisible by 2**tz */
    e += tz;
    mpz_t n, den;
    mpz_init_set_si(n, mant);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(n, n, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    return tuple_pack(2, int_from_mpz(n), int_from_mpz(den));
}

static Value m_conjugate(Value *args, int nargs, Value kw) { return f_pos(args[0]); }
static Value g_imag(Value *args, int nargs, Value kw) { return float_new(0.0); }
static Value m_trunc(Value *args, int nargs, Value kw) { return int_from_double(FLOAT_VAL(args[0])); }
static Value m_floor(Value *args, int nargs, Value kw) { return int_from_double(floor(FLOAT_VAL(args[0]))); }
static Value m_ceil(Value *args, int nargs, Value kw) { return int_from_double(ceil(FLOAT_VAL(args[0]))); }
static Value m_getnewargs(Value *args, int nargs, Value kw) { return tuple_pack(1, f_pos(args[0])); }

/* round(x, n) correctly rounded, half to even on the exact binary value. */
static Value round_digits(double x, int64_t n) {
    if (!isfinite(x) || x == 0.0 || n > 323) return float_new(x);
    if (n < -308) return float_new(copysign(0.0, x));
    double r;
    if (n >= 0) {
        char *s = fmt_double("%.*f", (int)n, x);
        r = strtod(s, NULL);
    } else {
        int64_t mant;
        int e;
        split_exact(x, &mant, &e);
        mpz_t num, den, q, rem, p10;
        mpz_init_set_si(num, mant);
        mpz_init_set_ui(den, 1);
        mpz_init(q); mpz_init(rem); mpz_init(p10);
        mpz_ui_pow_ui(p10, 10, (unsigned long)-n);
        if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
        else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
        mpz_mul(den, den, p10);
        mpz_fdiv_qr(q, rem, num, den);
        mpz_mul_2exp(rem, rem, 1);
        int c = mpz_cmp(rem, den);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        mpz_mul(q, q, p10);
        bool ovf;
        r = num_mpz_ldexp(q, 0, &ovf);
        if (ovf) return rt_raise(&exc_OverflowError, "rounded value too large to represent");
    }
    if (r == 0.0) r = copysign(0.0, x);
    return float_new(r);
}

static Value m_round(Value *args, int nargs, Value kw) {
    if (nargs > 2) return rt_raise(&exc_TypeError, "__round__ expected at most 1 argument, got %d", nargs - 1);
    double x = FLOAT_VAL(args[0]);
    if (nargs < 2 || args[1] == NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
        return int_from_double(r);
    }
    Value nd = num_index(args[1]);
    if (!nd) return NIL;
    int64_t n;
    if (!int_to_i64(nd, &n)) n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    return round_digits(x, n);
}

static Value m_hex(Value *args, int nargs, Value kw) {
    double x = FLOAT_VAL(args[0]);
    char buf[64];
    if (isnan(x) || isinf(x)) return str_from_cstr(float_repr_cstr(x, buf, sizeof buf));
    if (x == 0.0) return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexd[] = "0123456789abcdef";
    char s[32];
    int si = 0;
    s[si++] = hexd[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexd[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    return str_printf("%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', abs(e));
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)tolower((unsigned char)c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value m_fromhex(Value *args, int nargs, Value kw) {
    if (nargs != 2) return rt_raise(&exc_TypeError, "fromhex() takes exactly one argument (%d given)", nargs - 1);
    Value sv = args[1];
    if (!str_check(sv)) return rt_raise(&exc_TypeError, "fromhex() argument must be str, not %s", type_name(sv));
    const char *p = str_cstr(sv), *end = p + str_len(sv);
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    double sign = 1.0, d;
    if (p < end && (*p == '+' || *p == '-')) { if (*p == '-') sign = -1.0; p++; }
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) d = sign * HUGE_VAL;
    else if (match_word(p, end, "nan")) d = NAN;
    else {
        if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
        char *digs = GC_MALLOC_ATOMIC((size_t)(end - p) + 1);
        size_t nd = 0;
        long nfrac = 0;
        bool dot = false;
        while (p < end && (hexval(*p) >= 0 || (*p == '.' && !dot))) {
            if (*p == '.') dot = true;
            else { digs[nd++] = *p; if (dot) nfrac++; }
            p++;
        }
        long pexp = 0;
        bool bad = nd == 0;
        if (!bad && p < end && (*p == 'p' || *p == 'P')) {
            p++;
            int es = 1;
            if (p < end && (*p == '+' || *p == '-')) { if (*p == '-') es = -1; p++; }
            if (p == end || !isdigit((unsigned char)*p)) bad = true;
            while (p < end && isdigit((unsigned char)*p)) {
                if (pexp < 100000000) pexp = pexp * 10 + (*p - '0');
                p++;
            }
            pexp *= es;
        }
        if (bad || p != end) return rt_raise(&exc_ValueError, "invalid hexadecimal floating-point string");
        digs[nd] = 0;
        mpz_t m;
        mpz_init(m);
        mpz_set_str(m, digs, 16);
        bool ovf;
        d = num_mpz_ldexp(m, pexp - 4 * nfrac, &ovf);
        if (ovf) return rt_raise(&exc_OverflowError, "hexadecimal value too large to represent as a float");
        d *= sign;
    }
    if ((Type *)args[0] == &type_float) return float_new(d);
    return rt_call1(args[0], float_new(d));
}

static Value m_getformat(Value *a, int n, Value k) {
    if (!arg_count("__getformat__", n - 1, 1, 1)) return NIL;
    if (!str_check(a[1]))
        return rt_raise(&exc_TypeError, "__getformat__() argument must be str, not %s", type_name(a[1]));
    if (strcmp(str_cstr(a[1]), "double") != 0 && strcmp(str_cstr(a[1]), "float") != 0)
        return rt_raise(&exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    const union { uint16_t u; uint8_t b[2]; } probe = {1};
    return str_from_cstr(probe.b[0] ? "IEEE, little-endian" : "IEEE, big-endian");
}

static const MethodDef float_methods[] = {
    {"__getformat__", m_getformat, METH_CLASS, NULL},
    {"is_integer", m_is_integer, METH_DEFAULT, NULL},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, NULL},
    {"hex", m_hex, METH_DEFAULT, NULL},
    {"fromhex", m_fromhex, METH_CLASS, NULL},
    {"conjugate", m_conjugate, METH_DEFAULT, NULL},
    {"__round__", m_round, METH_DEFAULT, NULL},
    {"__trunc__", m_trunc, METH_DEFAULT, NULL},
    {"__floor__", m_floor, METH_DEFAULT, NULL},
    {"__ceil__", m_ceil, METH_DEFAULT, NULL},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, NULL},
    {"real", m_conjugate, METH_GETTER, NULL},
    {"imag", g_imag, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_float = {
    .ob = {&type_type},
    .name = "float",
    .base = &type_object,
    .size = sizeof(FloatObj),
    .flags = TF_BASETYPE,
    .methods = float_methods,
    .repr = float_repr,
    .hash = float_hash_slot,
    .bool_ = f_bool,
    .format = f_format_slot,
    .new_ = float_new_slot,
    .eq = f_eq, .ne = f_ne, .lt = f_lt, .le = f_le, .gt = f_gt, .ge = f_ge,
    .add = f_add, .radd = f_radd,
    .sub = f_sub, .rsub = f_rsub,
    .mul = f_mul, .rmul = f_rmul,
    .truediv = f_truediv, .rtruediv = f_rtruediv,
    .floordiv = f_floordiv, .rfloordiv = f_rfloordiv,
    .mod = f_mod, .rmod = f_rmod,
    .divmod = f_divmod, .rdivmod = f_rdivmod,
    .pow = f_pow, .rpow = f_rpow,
    .neg = f_neg, .pos = f_pos, .abs = f_abs,
    .int_ = f_int, .float_ = f_pos,
};

void float_init(void) {
    type_ready(&type_float);
}
