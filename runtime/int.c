/* int.c — the int and bool types: tagged small ints overflowing into GMP.
 *
 * Invariant: every int result that fits in the small range is a tagged small
 * int; exact-int BigInt objects only hold values outside it.  Three layouts
 * carry an int value: tagged small ints, BigInt (type_int and every heap
 * subclass of int, whose mpz may hold any value, small or not) and BoolObj
 * (exactly rt_True_obj / rt_False_obj).  All slots accept all three.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "num.h"
#include "errors.h"
#include "str.h"
#include "bytes.h"
#include "containers.h"
#include "abstract.h"
#include "func.h"
#include "names.h"
#include "interp.h"
#include <utf8proc.h>

_Static_assert(sizeof(long) == 8 && sizeof(intptr_t) == 8, "asp needs an LP64 platform");

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

static int max_str_digits = 4300;
int int_get_max_str_digits(void) { return max_str_digits; }
void int_set_max_str_digits(int n) { max_str_digits = n; }

/* ---- access to the value of any int-like object ---- */

static inline bool is_int(Value v) { return IS_SMALL(v) || (AS_OBJ(v)->type->flags & TF_INT); }
bool int_check(Value v) { return is_int(v); }

static inline BigInt *big(Value v) {
    BigInt *b = (BigInt *)v;
    if (!b->z->_mp_d) mpz_init(b->z);   /* a subclass instance made without int.__new__ */
    return b;
}

/* The value as a C integer when it is in the small range. */
static inline bool small_of(Value v, intptr_t *out) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    Type *t = AS_OBJ(v)->type;
    if (t == &type_bool) { *out = ((BoolObj *)v)->val; return true; }
    if (t == &type_int) return false;
    BigInt *b = big(v);
    if (mpz_fits_slong_p(b->z)) {
        long l = mpz_get_si(b->z);
        if (FITS_SMALL(l)) { *out = l; return true; }
    }
    return false;
}

/* The mpz of v: its own for BigInt layouts, else tmp (uninitialised on entry). */
static mpz_srcptr mpz_of(Value v, mpz_ptr tmp) {
    if (IS_SMALL(v)) { mpz_init_set_si(tmp, SMALL_VAL(v)); return tmp; }
    if (AS_OBJ(v)->type == &type_bool) { mpz_init_set_si(tmp, ((BoolObj *)v)->val); return tmp; }
    return big(v)->z;
}

void int_to_mpz(Value v, mpz_t out) {
    mpz_t t;
    mpz_set(out, mpz_of(v, t));
}

bool int_to_i64(Value v, int64_t *out) {
    intptr_t s;
    if (small_of(v, &s)) { *out = s; return true; }
    mpz_t t;
    mpz_srcptr z = mpz_of(v, t);
    if (!mpz_fits_slong_p(z)) return false;
    *out = mpz_get_si(z);
    return true;
}

int int_sign(Value v) {
    intptr_t s;
    if (small_of(v, &s)) return (s > 0) - (s < 0);
    mpz_t t;
    return mpz_sgn(mpz_of(v, t));
}

/* ---- construction ---- */

/* Wrap z (whose limbs the caller gives up) as an int, small when it fits. */
static Value take(mpz_ptr z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (FITS_SMALL(l)) return MK_SMALL(l);
    }
    BigInt *b = gc_obj(sizeof(BigInt), &type_int);
    if (!b) return rt_raise_nomem();
    b->z[0] = z[0];
    /* GMP's blocks are scanned memory (see gc.c); a long-lived value moves its
     * limbs to an atomic block so the collector never scans them. */
    size_t n = mpz_size(z);
    mp_limb_t *d = GC_MALLOC_ATOMIC(n * sizeof(mp_limb_t));
    if (!d) return rt_raise_nomem();
    memcpy(d, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    b->z->_mp_d = d;
    b->z->_mp_alloc = (int)n;
    return OBJ_VAL(b);
}

Value int_from_mpz(const mpz_t z) {
    mpz_t c;
    mpz_init_set(c, z);
    return take(c);
}

Value int_from_i64(int64_t i) {
    if (FITS_SMALL(i)) return MK_SMALL(i);
    mpz_t z;
    mpz_init_set_si(z, i);
    return take(z);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_MAX) return MK_SMALL((intptr_t)u);
    mpz_t z;
    mpz_init_set_ui(z, u);
    return take(z);
}

/* A plain int with the value of any int-like v (bool and subclasses lose their type). */
static Value int_exact(Value v) {
    if (IS_SMALL(v) || AS_OBJ(v)->type == &type_int) return v;
    intptr_t s;
    if (small_of(v, &s)) return MK_SMALL(s);
    return int_from_mpz(big(v)->z);
}

Value int_from_double(double d) {
    if (isinf(d)) return rt_raise(&exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return rt_raise(&exc_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 9.0e18) return int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return take(z);
}

/* ---- conversion to double, correctly rounded ---- */

/* m * 2**e rounded to nearest-even, including subnormal results.  Sets
 * *overflow when the result is out of range (returns +-inf then). */
double num_mpz_ldexp(mpz_srcptr m, long e, bool *overflow) {
    *overflow = false;
    int sgn = mpz_sgn(m);
    if (sgn == 0) return 0.0;
    long nbits = (long)mpz_sizeinbase(m, 2);
    if (nbits + e > 1025) { *overflow = true; return sgn < 0 ? -HUGE_VAL : HUGE_VAL; }
    /* Keep 55 bits (53 + round + sticky) and never keep bits below 2**-1076. */
    long drop = nbits - 55;
    if (e + drop < -1076) drop = -1076 - e;
    uint64_t q;
    if (drop <= 0) {
        if (nbits <= 53 && e >= -1074) {
            double d = mpz_get_d(m);  /* exact */
            double r = ldexp(d, (int)e);
            if (isinf(r)) *overflow = true;
            return r;
        }
        mpz_t t;
        mpz_init(t);
        mpz_abs(t, m);
        mpz_mul_2exp(t, t, (unsigned long)-drop);
        q = mpz_get_ui(t);
    } else {
        if (drop > nbits + 2) return sgn < 0 ? -0.0 : 0.0;
        mpz_t t;
        mpz_init(t);
        mpz_abs(t, m);
        bool sticky = mpz_scan1(t, 0) < (mp_bitcnt_t)drop;
        mpz_tdiv_q_2exp(t, t, (unsigned long)drop);
        q = mpz_get_ui(t) << 1 | sticky;  /* one extra bit so the sticky is below the round bit */
        drop -= 1;
    }
    long exp2 = e + drop;  /* value = q * 2**exp2 */
    /* Round q to 53 bits, and to the subnormal quantum 2**-1074. */
    int qbits = 64 - __builtin_clzll(q);
    int cut = qbits - 53;
    if (exp2 + cut < -1074) cut = (int)(-1074 - exp2);
    if (cut > 0) {
        if (cut >= 64) q = 0;
        else {
            uint64_t rem = q & (((uint64_t)1 << cut) - 1), half = (uint64_t)1 << (cut - 1);
            q >>= cut;
            if (rem > half || (rem == half && (q & 1))) q++;
        }
        exp2 += cut;
    }
    double r = ldexp((double)q, (int)exp2);
    if (isinf(r)) *overflow = true;
    return sgn < 0 ? -r : r;
}

double int_to_double(Value v) {
    intptr_t s;
    if (small_of(v, &s)) return (double)s;
    mpz_t t;
    bool ovf;
    double d = num_mpz_ldexp(mpz_of(v, t), 0, &ovf);
    if (ovf) { rt_raise(&exc_OverflowError, "int too large to convert to float"); return -1.0; }
    return d;
}

/* ---- text ---- */

static Value digits_limit_error(void) {
    return rt_raise(&exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit", max_str_digits);
}

/* Decimal digits of v with a leading '-' when negative, as a GC C string. */
static char *decimal_cstr(Value v, size_t *len) {
    intptr_t s;
    char *buf;
    if (small_of(v, &s)) {
        buf = GC_MALLOC_ATOMIC(24);
        *len = (size_t)snprintf(buf, 24, "%ld", (long)s);
        return buf;
    }
    mpz_t t;
    mpz_srcptr z = mpz_of(v, t);
    if (max_str_digits > 0 && mpz_sizeinbase(z, 2) > (size_t)max_str_digits * 3 + 64) {
        digits_limit_error();
        return NULL;
    }
    buf = mpz_get_str(NULL, 10, z);
    *len = strlen(buf);
    if (max_str_digits > 0 && *len - (buf[0] == '-') > (size_t)max_str_digits) {
        digits_limit_error();
        return NULL;
    }
    return buf;
}

Value int_repr(Value v) {
    size_t n;
    char *s = decimal_cstr(v, &n);
    return s ? str_new(s, n) : NIL;
}

static Value int_repr_slot(Value v) {
    if (TYPE(v) == &type_bool) return str_from_cstr(((BoolObj *)v)->val ? "True" : "False");
    return int_repr(v);
}

Value int_to_base_str(Value v, int base, bool prefix) {
    if (base == 10) return int_repr(v);
    mpz_t t;
    mpz_srcptr z = mpz_of(v, t);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    char *d = mpz_get_str(NULL, base, a);
    const char *pre = !prefix ? "" : base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    return str_printf("%s%s%s", mpz_sgn(z) < 0 ? "-" : "", pre, d);
}

/* Text with Unicode decimal digits and spaces replaced by ASCII ones, as
 * CPython does before parsing numbers; other non-ASCII becomes '?'. */
const char *num_ascii_digits(const char *s, size_t *len) {
    size_t n = *len, i;
    for (i = 0; i < n; i++) if ((unsigned char)s[i] >= 0x80) break;
    if (i == n) return s;
    char *out = GC_MALLOC_ATOMIC(n + 1);
    size_t o = 0;
    for (i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) { out[o++] = s[i++]; continue; }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { out[o++] = '?'; i++; continue; }
        i += (size_t)k;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_ND) {
            /* Decimal digits come in aligned runs of ten: find the run's start. */
            utf8proc_int32_t first = cp;
            while (utf8proc_category(first - 1) == UTF8PROC_CATEGORY_ND) first--;
            out[o++] = (char)('0' + (cp - first) % 10);
        } else if (c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
                   cp == 0x85 || (cp >= 0x1C && cp <= 0x1F)) {
            out[o++] = ' ';
        } else {
            out[o++] = '?';
        }
    }
    out[o] = 0;
    *len = o;
    return out;
}

/* Parse an int literal body (whitespace, sign, prefix, underscores); orig is the
 * Python object to show in the error message. */
static Value parse_int(const char *s, size_t len, int base, Value orig) {
    int orig_base = base;
    s = num_ascii_digits(s, &len);
    const char *p = s, *end = s + len;
    int sign = 1;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    if (p < end && (*p == '+' || *p == '-')) { if (*p == '-') sign = -1; p++; }
    bool had_prefix = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)tolower((unsigned char)p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { base = pb; p += 2; had_prefix = true; }
    }
    bool octal_zero_check = false;
    if (base == 0) { base = 10; octal_zero_check = true; }
    char *buf = GC_MALLOC_ATOMIC((size_t)(end - p) + 2);
    size_t n = 0;
    bool ok = p < end, prev_us = !had_prefix;  /* an underscore may follow a prefix */
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') { if (prev_us) ok = false; prev_us = true; continue; }
        int d = isdigit((unsigned char)*q) ? *q - '0'
              : isalpha((unsigned char)*q) ? tolower((unsigned char)*q) - 'a' + 10 : 99;
        if (d >= base) ok = false;
        buf[n++] = *q;
        prev_us = false;
    }
    if (prev_us) ok = false;
    if (ok && octal_zero_check && n > 1 && buf[0] == '0') {
        for (size_t i = 0; i < n; i++) if (buf[i] != '0') { ok = false; break; }
    }
    if (!ok || n == 0) {
        Value r = rt_repr(orig);
        if (!r) return NIL;
        const char *rs = str_cstr(r);
        if (AS_STR(r)->cplen > 200) {  /* %.200R: cut at 200 code points */
            size_t i = 0, cps = 0;
            while (cps < 200) { i++; while (((unsigned char)rs[i] & 0xC0) == 0x80) i++; cps++; }
            return rt_raise(&exc_ValueError, "invalid literal for int() with base %d: %.*s",
                            orig_base, (int)i, rs);
        }
        return rt_raise(&exc_ValueError, "invalid literal for int() with base %d: %s", orig_base, rs);
    }
    buf[n] = 0;
    if ((base & (base - 1)) != 0 && max_str_digits > 0 && n > (size_t)max_str_digits)
        return rt_raise(&exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion: "
                        "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                        max_str_digits, n);
    if (n <= 12) {
        int64_t v = 0;
        for (size_t i = 0; i < n; i++) {
            char c = buf[i];
            v = v * base + (isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10);
        }
        return int_from_i64(sign * v);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    if (sign < 0) mpz_neg(z, z);
    return take(z);
}

Value int_from_str(const char *s, size_t len, int base) {
    return parse_int(s, len, base, str_new(s, len));
}

/* ---- hashing ---- */

intptr_t int_hash(Value v) {
    intptr_t s;
    if (small_of(v, &s)) {
        uint64_t a = s < 0 ? (uint64_t)-(int64_t)s : (uint64_t)s;
        int64_t h = (int64_t)(a % HASH_MOD);
        if (s < 0) h = -h;
        return h == -1 ? -2 : h;
    }
    mpz_t t;
    mpz_srcptr z = mpz_of(v, t);
    int64_t h = (int64_t)mpz_tdiv_ui(z, HASH_MOD);
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- arithmetic ---- */

#define BOTH_INT(a, b) if (!is_int(a) || !is_int(b)) return NOTIMPL
#define BIG_OP(a, b, fn) do { \
        mpz_t ta_, tb_, r_; mpz_init(r_); \
        fn(r_, mpz_of(a, ta_), mpz_of(b, tb_)); \
        return take(r_); } while (0)

Value int_add(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(x + y);
    BIG_OP(a, b, mpz_add);
}

Value int_sub(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(x - y);
    BIG_OP(a, b, mpz_sub);
}

Value int_mul(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    int64_t r;
    if (small_of(a, &x) && small_of(b, &y) && !__builtin_mul_overflow((int64_t)x, (int64_t)y, &r))
        return int_from_i64(r);
    BIG_OP(a, b, mpz_mul);
}

static bool is_zero(Value v) { return int_sign(v) == 0; }

Value int_floordiv(Value a, Value b) {
    BOTH_INT(a, b);
    if (is_zero(b)) return rt_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) {
        intptr_t q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) q--;
        return int_from_i64(q);
    }
    BIG_OP(a, b, mpz_fdiv_q);
}

Value int_mod(Value a, Value b) {
    BOTH_INT(a, b);
    if (is_zero(b)) return rt_raise(&exc_ZeroDivisionError, "integer modulo by zero");
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) {
        intptr_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return MK_SMALL(r);
    }
    BIG_OP(a, b, mpz_fdiv_r);
}

static Value int_divmod(Value a, Value b) {
    BOTH_INT(a, b);
    if (is_zero(b)) return rt_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) {
        intptr_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) { r += y; q--; }
        return tuple_pack(2, int_from_i64(q), MK_SMALL(r));
    }
    mpz_t ta, tb, q, r;
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, mpz_of(a, ta), mpz_of(b, tb));
    Value qv = take(q), rv = take(r);
    return tuple_pack(2, qv, rv);
}

Value int_truediv(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    const intptr_t lim = (intptr_t)1 << 53;
    if (small_of(a, &x) && small_of(b, &y) && x <= lim && x >= -lim && y <= lim && y >= -lim) {
        if (y == 0) return rt_raise(&exc_ZeroDivisionError, "division by zero");
        return float_new((double)x / (double)y);
    }
    mpz_t ta, tb;
    mpz_srcptr za = mpz_of(a, ta), zb = mpz_of(b, tb);
    if (mpz_sgn(zb) == 0) return rt_raise(&exc_ZeroDivisionError, "division by zero");
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0) return float_new(neg ? -0.0 : 0.0);
    long na = (long)mpz_sizeinbase(za, 2), nb = (long)mpz_sizeinbase(zb, 2);
    if (na - nb > 1025) return rt_raise(&exc_OverflowError, "integer division result too large for a float");
    if (na - nb < -1200) return float_new(neg ? -0.0 : 0.0);
    /* q = |a| * 2**k / |b| with at least 55 bits; the remainder becomes a sticky bit. */
    long k = 55 - (na - nb);
    mpz_t n, d, q, r;
    mpz_init(n); mpz_init(d); mpz_init(q); mpz_init(r);
    mpz_abs(n, za);
    mpz_abs(d, zb);
    if (k > 0) mpz_mul_2exp(n, n, (unsigned long)k);
    else if (k < 0) mpz_mul_2exp(d, d, (unsigned long)-k);
    mpz_tdiv_qr(q, r, n, d);
    mpz_mul_2exp(q, q, 1);
    if (mpz_sgn(r)) mpz_setbit(q, 0);
    bool ovf;
    double res = num_mpz_ldexp(q, -k - 1, &ovf);
    if (ovf) return rt_raise(&exc_OverflowError, "integer division result too large for a float");
    return float_new(neg ? -res : res);
}

/* Float power for negative int exponents: defer to float's __pow__. */
static Value int_pow_float(Value a, Value b) {
    double x = int_to_double(a), y;
    if (x == -1.0 && rt_exc_occurred()) return NIL;
    y = int_to_double(b);
    if (y == -1.0 && rt_exc_occurred()) return NIL;
    return type_float.pow(float_new(x), float_new(y), NONE);
}

Value int_pow(Value a, Value b, Value mod) {
    BOTH_INT(a, b);
    if (mod != NONE && mod != NIL) {
        if (float_check(mod))
            return rt_raise(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        if (!is_int(mod)) return NOTIMPL;
        if (is_zero(mod)) return rt_raise(&exc_ValueError, "pow() 3rd argument cannot be 0");
        mpz_t ta, tb, tm, base, r, m;
        mpz_init(base); mpz_init(r); mpz_init(m);
        mpz_set(m, mpz_of(mod, tm));
        mpz_srcptr ze = mpz_of(b, tb);
        mpz_set(base, mpz_of(a, ta));
        if (mpz_cmpabs_ui(m, 1) == 0) return MK_SMALL(0);
        if (mpz_sgn(ze) < 0) {
            mpz_t am;
            mpz_init(am);
            mpz_abs(am, m);
            if (!mpz_invert(base, base, am))
                return rt_raise(&exc_ValueError, "base is not invertible for the given modulus");
            mpz_t e;
            mpz_init(e);
            mpz_neg(e, ze);
            mpz_powm(r, base, e, am);
        } else {
            mpz_t am;
            mpz_init(am);
            mpz_abs(am, m);
            mpz_powm(r, base, ze, am);
        }
        if (mpz_sgn(m) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, m);
        return take(r);
    }
    if (int_sign(b) < 0) return int_pow_float(a, b);
    intptr_t x = 0, y = 0;
    bool xs = small_of(a, &x);
    if (xs && (x == 0 || x == 1)) return is_zero(b) ? MK_SMALL(1) : MK_SMALL(x);
    if (xs && x == -1) {
        mpz_t tb;
        return mpz_odd_p(mpz_of(b, tb)) ? MK_SMALL(-1) : MK_SMALL(1);
    }
    if (!small_of(b, &y)) return rt_raise(&exc_OverflowError, "too many digits in integer");
    if (xs) {
        int64_t r = 1, base = x;
        intptr_t e = y;
        bool ovf = false;
        while (e && !ovf) {
            if (e & 1) ovf |= __builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e) ovf |= __builtin_mul_overflow(base, base, &base);
        }
        if (!ovf) return int_from_i64(r);
    }
    mpz_t ta, r;
    mpz_srcptr za = mpz_of(a, ta);
    if ((double)mpz_sizeinbase(za, 2) * (double)y > 1e11)
        return rt_raise_nomem();
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)y);
    return take(r);
}

Value int_neg(Value a) {
    intptr_t x;
    if (small_of(a, &x)) return int_from_i64(-x);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, big(a)->z);
    return take(r);
}

static Value int_pos(Value a) { return int_exact(a); }
static Value int_abs(Value a) { return int_sign(a) < 0 ? int_neg(a) : int_exact(a); }

static Value int_invert(Value a) {
    intptr_t x;
    if (small_of(a, &x)) return MK_SMALL(~x);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, big(a)->z);
    return take(r);
}

static Value int_lshift(Value a, Value b) {
    BOTH_INT(a, b);
    if (int_sign(b) < 0) return rt_raise(&exc_ValueError, "negative shift count");
    intptr_t x = 0, y = 0;
    bool xs = small_of(a, &x);
    if (xs && x == 0) return MK_SMALL(0);
    if (!small_of(b, &y) || y > (intptr_t)1 << 40) {
        /* CPython: more than 2**61 30-bit digits is OverflowError, less fails to allocate. */
        mpz_t tb, q;
        mpz_init(q);
        mpz_fdiv_q_ui(q, mpz_of(b, tb), 30);
        if (mpz_cmp_ui(q, 1UL << 61) > 0) return rt_raise(&exc_OverflowError, "too many digits in integer");
        return rt_raise_nomem();
    }
    if (xs && y < 62) {
        int64_t r = (int64_t)((uint64_t)x << y);
        if ((r >> y) == x) return int_from_i64(r);
    }
    mpz_t ta, r;
    mpz_srcptr za = mpz_of(a, ta);
    if ((double)mpz_sizeinbase(za, 2) + (double)y > 1e11) return rt_raise_nomem();   /* as int_pow */
    mpz_init(r);
    mpz_mul_2exp(r, za, (mp_bitcnt_t)y);
    return take(r);
}

static Value int_rshift(Value a, Value b) {
    BOTH_INT(a, b);
    if (int_sign(b) < 0) return rt_raise(&exc_ValueError, "negative shift count");
    intptr_t x = 0, y = 0;
    bool ys = small_of(b, &y);
    if (small_of(a, &x)) {
        if (!ys || y >= 63) return MK_SMALL(x < 0 ? -1 : 0);
        return MK_SMALL(x >> y);
    }
    mpz_t ta, r;
    mpz_srcptr za = mpz_of(a, ta);
    if (!ys || (size_t)y >= mpz_sizeinbase(za, 2)) return MK_SMALL(mpz_sgn(za) < 0 ? -1 : 0);
    mpz_init(r);
    mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)y);
    return take(r);
}

static Value int_and(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) return MK_SMALL(x & y);
    BIG_OP(a, b, mpz_and);
}
static Value int_or(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) return MK_SMALL(x | y);
    BIG_OP(a, b, mpz_ior);
}
static Value int_xor(Value a, Value b) {
    BOTH_INT(a, b);
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) return MK_SMALL(x ^ y);
    BIG_OP(a, b, mpz_xor);
}

/* Reflected slots: self is the right operand. */
static Value int_radd(Value s, Value o) { return int_add(o, s); }
static Value int_rsub(Value s, Value o) { return int_sub(o, s); }
static Value int_rmul(Value s, Value o) { return int_mul(o, s); }
static Value int_rfloordiv(Value s, Value o) { return int_floordiv(o, s); }
static Value int_rtruediv(Value s, Value o) { return int_truediv(o, s); }
static Value int_rmod(Value s, Value o) { return int_mod(o, s); }
static Value int_rdivmod(Value s, Value o) { return int_divmod(o, s); }
static Value int_rpow(Value s, Value o, Value m) { return int_pow(o, s, m); }
static Value int_rlshift(Value s, Value o) { return int_lshift(o, s); }
static Value int_rrshift(Value s, Value o) { return int_rshift(o, s); }
static Value int_rand(Value s, Value o) { return int_and(o, s); }
static Value int_ror(Value s, Value o) { return int_or(o, s); }
static Value int_rxor(Value s, Value o) { return int_xor(o, s); }

int int_compare(Value a, Value b) {
    intptr_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y)) return (x > y) - (x < y);
    mpz_t ta, tb;
    int c = mpz_cmp(mpz_of(a, ta), mpz_of(b, tb));
    return (c > 0) - (c < 0);
}

#define CMP_SLOT(name, op) \
    static Value name(Value a, Value b) { \
        if (!is_int(b)) return NOTIMPL; \
        return BOOL(int_compare(a, b) op 0); \
    }
CMP_SLOT(int_eq, ==)
CMP_SLOT(int_ne, !=)
CMP_SLOT(int_lt, <)
CMP_SLOT(int_le, <=)
CMP_SLOT(int_gt, >)
CMP_SLOT(int_ge, >=)

static int int_bool(Value v) { return int_sign(v) != 0; }
static intptr_t int_hash_slot(Value v) { return int_hash(v); }

static Value int_float_slot(Value v) {
    double d = int_to_double(v);
    if (d == -1.0 && rt_exc_occurred()) return NIL;
    return float_new(d);
}

/* ---- bool ---- */

static Value bool_and(Value a, Value b) {
    if (TYPE(a) == &type_bool && TYPE(b) == &type_bool)
        return BOOL(((BoolObj *)a)->val & ((BoolObj *)b)->val);
    return int_and(a, b);
}
static Value bool_or(Value a, Value b) {
    if (TYPE(a) == &type_bool && TYPE(b) == &type_bool)
        return BOOL(((BoolObj *)a)->val | ((BoolObj *)b)->val);
    return int_or(a, b);
}
static Value bool_xor(Value a, Value b) {
    if (TYPE(a) == &type_bool && TYPE(b) == &type_bool)
        return BOOL(((BoolObj *)a)->val ^ ((BoolObj *)b)->val);
    return int_xor(a, b);
}
static Value bool_rand(Value s, Value o) { return bool_and(o, s); }
static Value bool_ror(Value s, Value o) { return bool_or(o, s); }
static Value bool_rxor(Value s, Value o) { return bool_xor(o, s); }

static Value bool_new(Value cls, Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return rt_raise(&exc_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return FALSE_V;
    int t = rt_truthy(args[0]);
    if (t < 0) return NIL;
    return BOOL(t);
}

/* ---- argument helper (argument-clinic texts) ---- */

/* Gather args into out[0..n) by parameter (NIL when absent): at most npos
 * positionally, the first nreq required. */
bool num_parse_args(const char *fname, Value *args, int nargs, Value kwnames,
                    const char *const *names, int n, int npos, int nreq, Value *out) {
    for (int i = 0; i < n; i++) out[i] = NIL;
    if (nargs > npos) {
        if (npos == 0) rt_raise(&exc_TypeError, "%s() takes no positional arguments", fname);
        else rt_raise(&exc_TypeError, "%s() takes at most %d positional argument%s (%d given)",
                      fname, npos, npos == 1 ? "" : "s", nargs);
        return false;
    }
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    size_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t k = 0; k < nk; k++) {
        const char *kn = str_cstr(TUPLE_ITEMS(kwnames)[k]);
        int i;
        for (i = 0; i < n; i++) if (strcmp(names[i], kn) == 0) break;
        if (i == n) {
            rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", kn, fname);
            return false;
        }
        if (out[i]) {
            rt_raise(&exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, kn, i + 1);
            return false;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < nreq; i++)
        if (!out[i]) {
            rt_raise(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return false;
        }
    return true;
}

/* __index__ of any object, as an int; TypeError as CPython when absent. */
Value num_index(Value v) {
    if (is_int(v)) return int_exact(v);
    Type *t = TYPE(v);
    if (!t->index) return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    Value r = t->index(v);
    if (!r) return NIL;
    if (!is_int(r))
        return rt_raise(&exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
    return int_exact(r);
}

/* ---- constructor ---- */

/* Wrap an int value in an instance of cls (int or a heap subclass). */
static Value int_wrap(Type *cls, Value v) {
    if (cls == &type_int) return v;
    Value o = obj_alloc(cls);
    if (!o) return NIL;
    BigInt *b = (BigInt *)o;
    mpz_init(b->z);
    int_to_mpz(v, b->z);
    return o;
}

static Value int_from_object(Value x) {
    if (is_int(x)) return int_exact(x);
    if (float_check(x)) return int_from_double(FLOAT_VAL(x));
    if (str_check(x)) return parse_int(str_cstr(x), str_len(x), 10, x);
    if (TYPE(x) == &type_bytes || TYPE(x) == &type_bytearray || bytes_check(x)) {
        const char *d = TYPE(x) == &type_bytearray ? ((ByteArrayObj *)x)->data : bytes_data(x);
        size_t n = TYPE(x) == &type_bytearray ? ((ByteArrayObj *)x)->len : bytes_len(x);
        return parse_int(d, n, 10, x);
    }
    Type *t = TYPE(x);
    if (t->int_) {
        Value r = t->int_(x);
        if (!r) return NIL;
        if (!is_int(r)) return rt_raise(&exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
        return int_exact(r);
    }
    if (t->index) return num_index(x);
    Value tr = rt_lookup_special(x, NM(__trunc__));
    if (tr) {
        Value r = rt_call0(tr);
        if (!r) return NIL;
        if (is_int(r)) return int_exact(r);
        if (!TYPE(r)->index)
            return rt_raise(&exc_TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r));
        return num_index(r);
    }
    return rt_raise(&exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    type_name(x));
}

static Value int_new(Value cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"x", "base"};
    Value a[2];
    if (nargs > 2) return rt_raise(&exc_TypeError, "int() takes at most 2 arguments (%d given)", nargs);
    size_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t k = 0; k < nk; k++)
        if (strcmp(str_cstr(TUPLE_ITEMS(kwnames)[k]), "base") != 0)
            return rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for int()",
                            str_cstr(TUPLE_ITEMS(kwnames)[k]));
    if (!num_parse_args("int", args, nargs, kwnames, names, 2, 2, 0, a)) return NIL;
    Value v;
    if (!a[0]) {
        if (a[1]) return rt_raise(&exc_TypeError, "int() missing string argument");
        v = MK_SMALL(0);
    } else if (!a[1]) {
        v = int_from_object(a[0]);
    } else {
        Value bv = num_index(a[1]);
        if (!bv) return NIL;
        int64_t base;
        if (!int_to_i64(bv, &base) || (base != 0 && (base < 2 || base > 36)))
            return rt_raise(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        Value x = a[0];
        if (str_check(x)) v = parse_int(str_cstr(x), str_len(x), (int)base, x);
        else if (bytes_check(x)) v = parse_int(bytes_data(x), bytes_len(x), (int)base, x);
        else if (TYPE(x) == &type_bytearray)
            v = parse_int(((ByteArrayObj *)x)->data, ((ByteArrayObj *)x)->len, (int)base, x);
        else return rt_raise(&exc_TypeError, "int() can't convert non-string with explicit base");
    }
    if (!v) return NIL;
    return int_wrap((Type *)cls, v);
}

/* ---- format() ---- */


Value int_format(Value v, Value spec) {
    if (str_len(spec) == 0) return rt_str(v);
    FormatSpec fs;
    if (!format_spec_parse_ex(spec, &fs, 0, type_name(v))) return NIL;
    char type = fs.type ? fs.type : 'd';
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_to_double(v);
        if (d == -1.0 && rt_exc_occurred()) return NIL;
        return float_format(float_new(d), spec);
    }
    case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default:
        if ((unsigned char)type >= 32 && (unsigned char)type < 127)
            return rt_raise(&exc_ValueError, "Unknown format code '%c' for object of type '%s'", type, type_name(v));
        return rt_raise(&exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned char)type, type_name(v));
    }
    if (fs.precision >= 0) return rt_raise(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (fs.no_neg_zero)
        return rt_raise(&exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (fs.grouping == ',' && (type == 'b' || type == 'o' || type == 'x' || type == 'X' || type == 'c' || type == 'n'))
        return rt_raise(&exc_ValueError, "Cannot specify ',' with '%c'.", type);
    if (fs.grouping == '_' && (type == 'c' || type == 'n'))
        return rt_raise(&exc_ValueError, "Cannot specify '_' with '%c'.", type);
    if (type == 'c') {
        if (fs.sign) return rt_raise(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (fs.alt) return rt_raise(&exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_to_i64(v, &cp)) return rt_raise(&exc_OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10FFFF)
            return rt_raise(&exc_OverflowError, "%%c arg not in range(0x110000)");
        Value s = str_from_codepoint((uint32_t)cp);
        return format_pad(str_cstr(s), str_len(s), &fs, '<');
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    char *digits;
    size_t nd;
    bool neg = int_sign(v) < 0;
    if (base == 10) {
        digits = decimal_cstr(v, &nd);
        if (!digits) return NIL;
        if (neg) { digits++; nd--; }
    } else {
        mpz_t t, a;
        mpz_init(a);
        mpz_abs(a, mpz_of(v, t));
        digits = mpz_get_str(NULL, base, a);
        nd = strlen(digits);
        if (type == 'X') for (size_t i = 0; i < nd; i++) digits[i] = (char)toupper((unsigned char)digits[i]);
    }
    const char *prefix = "";
    if (fs.alt) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    return num_layout(neg, prefix, digits, nd, "", &fs, base == 10 ? 3 : 4, '>');
}

static Value int_format_slot(Value v, Value spec) { return int_format(v, spec); }

/* ---- methods ---- */

static Value m_bit_length(Value *args, int nargs, Value kw) {
    intptr_t x;
    if (small_of(args[0], &x)) {
        uint64_t a = x < 0 ? (uint64_t)-(int64_t)x : (uint64_t)x;
        return MK_SMALL(a ? 64 - __builtin_clzll(a) : 0);
    }
    mpz_t t;
    return int_from_u64(mpz_sizeinbase(mpz_of(args[0], t), 2));
}

static Value m_bit_count(Value *args, int nargs, Value kw) {
    mpz_t t, a;
    mpz_init(a);
    mpz_abs(a, mpz_of(args[0], t));
    return int_from_u64(mpz_popcount(a));
}

static Value m_conjugate(Value *args, int nargs, Value kw) { return int_exact(args[0]); }
static Value g_real(Value *args, int nargs, Value kw) { return int_exact(args[0]); }
static Value g_imag(Value *args, int nargs, Value kw) { return MK_SMALL(0); }
static Value g_denominator(Value *args, int nargs, Value kw) { return MK_SMALL(1); }

static Value m_as_integer_ratio(Value *args, int nargs, Value kw) {
    return tuple_pack(2, int_exact(args[0]), MK_SMALL(1));
}

static Value m_trunc(Value *args, int nargs, Value kw) { return int_exact(args[0]); }

static Value m_round(Value *args, int nargs, Value kw) {
    if (nargs > 2) return rt_raise(&exc_TypeError, "__round__ expected at most 1 argument, got %d", nargs - 1);
    if (nargs < 2 || args[1] == NONE) return int_exact(args[0]);
    Value nd = num_index(args[1]);
    if (!nd) return NIL;
    if (int_sign(nd) >= 0) return int_exact(args[0]);
    /* Round to a multiple of 10**-ndigits, ties to even. */
    int64_t n;
    if (!int_to_i64(nd, &n) || n < -100000000) return MK_SMALL(0);
    mpz_t t, m, q, r, r2;
    mpz_init(m); mpz_init(q); mpz_init(r); mpz_init(r2);
    mpz_ui_pow_ui(m, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, mpz_of(args[0], t), m);
    mpz_mul_2exp(r2, r, 1);
    int c = mpz_cmp(r2, m);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, m);
    return take(q);
}

static bool get_byteorder(Value v, bool *little) {
    if (!str_check(v))
        return rt_raise(&exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(v)), false;
    if (strcmp(str_cstr(v), "little") == 0) *little = true;
    else if (strcmp(str_cstr(v), "big") == 0) *little = false;
    else return rt_raise(&exc_ValueError, "byteorder must be either 'little' or 'big'"), false;
    return true;
}

static Value m_to_bytes(Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (!num_parse_args("to_bytes", args + 1, nargs - 1, kwnames, names, 3, 2, 0, a)) return NIL;
    int64_t length = 1;
    if (a[0]) {
        Value l = num_index(a[0]);
        if (!l) return NIL;
        if (!int_to_i64(l, &length)) return rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        if (length < 0) return rt_raise(&exc_ValueError, "length argument must be non-negative");
    }
    bool little = false, sgn = false;
    if (a[1] && !get_byteorder(a[1], &little)) return NIL;
    if (a[2]) { int t = rt_truthy(a[2]); if (t < 0) return NIL; sgn = t; }
    mpz_t t, z;
    mpz_init(z);
    mpz_set(z, mpz_of(args[0], t));
    if (mpz_sgn(z) < 0) {
        if (!sgn) return rt_raise(&exc_OverflowError, "can't convert negative int to unsigned");
        /* Two's complement: z + 2**(8*length), which must be >= 2**(8*length-1). */
        mpz_t lim;
        mpz_init(lim);
        mpz_setbit(lim, (mp_bitcnt_t)(8 * length));
        mpz_add(z, z, lim);
        if (length == 0 || mpz_sgn(z) < 0 || mpz_sizeinbase(z, 2) < (size_t)(8 * length))
            return rt_raise(&exc_OverflowError, "int too big to convert");
    } else if (mpz_sgn(z) > 0) {
        size_t bits = mpz_sizeinbase(z, 2) + (sgn ? 1 : 0);
        if (bits > (size_t)(8 * length)) return rt_raise(&exc_OverflowError, "int too big to convert");
    }
    char *buf = GC_MALLOC_ATOMIC((size_t)length + 1);
    memset(buf, 0, (size_t)length);
    size_t count = 0;
    if (mpz_sgn(z)) {
        size_t nb = (mpz_sizeinbase(z, 2) + 7) / 8;
        mpz_export(buf + (length - (int64_t)nb), &count, 1, 1, 1, 0, z);
    }
    if (little)
        for (int64_t i = 0; i < length / 2; i++) { char c = buf[i]; buf[i] = buf[length - 1 - i]; buf[length - 1 - i] = c; }
    return bytes_new(buf, (size_t)length);
}

static Value m_from_bytes(Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (!num_parse_args("from_bytes", args + 1, nargs - 1, kwnames, names, 3, 2, 1, a)) return NIL;
    bool little = false, sgn = false;
    if (a[1] && !get_byteorder(a[1], &little)) return NIL;
    if (a[2]) { int t = rt_truthy(a[2]); if (t < 0) return NIL; sgn = t; }
    Value b = a[0];
    if (!bytes_check(b)) { b = bytes_from_object(b); if (!b) return NIL; }
    size_t n = bytes_len(b);
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, n, little ? -1 : 1, 1, 1, 0, bytes_data(b));
    if (sgn && n && mpz_tstbit(z, 8 * n - 1)) {
        mpz_t lim;
        mpz_init(lim);
        mpz_setbit(lim, 8 * n);
        mpz_sub(z, z, lim);
    }
    Value v = take(z);
    Type *cls = (Type *)args[0];
    if (cls == &type_int) return v;
    return rt_call1(args[0], v);
}

static Value m_getnewargs(Value *args, int nargs, Value kw) { return tuple_pack(1, int_exact(args[0])); }

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, METH_DEFAULT, NULL},
    {"bit_count", m_bit_count, METH_DEFAULT, NULL},
    {"to_bytes", m_to_bytes, METH_DEFAULT, NULL},
    {"from_bytes", m_from_bytes, METH_CLASS, NULL},
    {"conjugate", m_conjugate, METH_DEFAULT, NULL},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, NULL},
    {"__round__", m_round, METH_DEFAULT, NULL},
    {"__trunc__", m_trunc, METH_DEFAULT, NULL},
    {"__floor__", m_trunc, METH_DEFAULT, NULL},
    {"__ceil__", m_trunc, METH_DEFAULT, NULL},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, NULL},
    {"real", g_real, METH_GETTER, NULL},
    {"imag", g_imag, METH_GETTER, NULL},
    {"numerator", g_real, METH_GETTER, NULL},
    {"denominator", g_denominator, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_int = {
    .ob = {&type_type},
    .name = "int",
    .base = &type_object,
    .size = sizeof(BigInt),
    .flags = TF_BASETYPE | TF_INT,
    .methods = int_methods,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .bool_ = int_bool,
    .format = int_format_slot,
    .new_ = int_new,
    .eq = int_eq, .ne = int_ne, .lt = int_lt, .le = int_le, .gt = int_gt, .ge = int_ge,
    .add = int_add, .radd = int_radd,
    .sub = int_sub, .rsub = int_rsub,
    .mul = int_mul, .rmul = int_rmul,
    .truediv = int_truediv, .rtruediv = int_rtruediv,
    .floordiv = int_floordiv, .rfloordiv = int_rfloordiv,
    .mod = int_mod, .rmod = int_rmod,
    .divmod = int_divmod, .rdivmod = int_rdivmod,
    .pow = int_pow, .rpow = int_rpow,
    .lshift = int_lshift, .rlshift = int_rlshift,
    .rshift = int_rshift, .rrshift = int_rrshift,
    .and_ = int_and, .rand_ = int_rand,
    .or_ = int_or, .ror_ = int_ror,
    .xor_ = int_xor, .rxor = int_rxor,
    .neg = int_neg, .pos = int_pos, .abs = int_abs, .invert = int_invert,
    .index = int_pos, .int_ = int_pos, .float_ = int_float_slot,
};

Type type_bool = {
    .ob = {&type_type},
    .name = "bool",
    .base = &type_int,
    .size = sizeof(BoolObj),
    .flags = TF_INT,
    .repr = int_repr_slot,
    .new_ = bool_new,
    .and_ = bool_and, .rand_ = bool_rand,
    .or_ = bool_or, .ror_ = bool_ror,
    .xor_ = bool_xor, .rxor = bool_rxor,
};

BoolObj rt_True_obj = {{&type_bool}, 1};
BoolObj rt_False_obj = {{&type_bool}, 0};


void num_init(void) {
    type_ready(&type_int);
    type_ready(&type_bool);
    float_init();
}
